package io.hirestage.pipeline;

import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.candidate.CandidatesMerging;
import io.hirestage.candidate.MergeEffects;
import io.hirestage.opening.Openings;
import io.hirestage.security.UserDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The pipeline's part of merging two records of one person: the kept candidate gets the
 * duplicate's applications with their whole history; where both were in the same opening, the kept
 * application takes the duplicate's history and vendor results. It also tells the merge's preview
 * what it will do.
 */
@Component
class ApplicationsMerge implements MergeEffects {

    private final ApplicationRepository applications;
    private final ActivityRepository activities;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Openings openings;

    ApplicationsMerge(ApplicationRepository applications, ActivityRepository activities, UserDirectory users, JdbcClient jdbc,
                      ApplicationEventPublisher events, Clock clock, Openings openings) {
        this.applications = applications;
        this.activities = activities;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.openings = openings;
    }

    /** One sentence per application of the duplicate, as {@link #onMerging} will treat it. */
    @Override
    public List<String> of(long keptId, long duplicateId) {
        Map<Long, Application> keptByOpening = applications.findByCandidateIdOrderByCreatedAt(keptId).stream()
                .collect(Collectors.toMap(Application::getOpeningId, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (Application theirs : applications.findByCandidateIdOrderByCreatedAt(duplicateId)) {
            String opening = openings.find(theirs.getOpeningId()).title();
            Application ours = keptByOpening.get(theirs.getOpeningId());
            if (ours == null) {
                lines.add("Their application for " + opening + " (" + where(theirs) + ") moves here with its history");
            } else {
                lines.add("Both are in " + opening + ": the histories are merged and the application goes on from "
                        + (furtherAlong(theirs, ours) ? "theirs (" + where(theirs) + ")" : "this record's (" + where(ours) + ")"));
            }
        }
        return lines;
    }

    private static String where(Application application) {
        return application.getStage().displayName() + ", " + application.getStatus().displayName().toLowerCase();
    }

    /** Runs in the merge's transaction, before the duplicate is removed. */
    @EventListener
    void onMerging(CandidatesMerging merging) {
        long keptId = merging.keptId();
        long duplicateId = merging.duplicateId();
        String duplicateName = merging.duplicateName();
        Map<Long, Application> keptByOpening = applications.findByCandidateIdOrderByCreatedAt(keptId).stream()
                .collect(Collectors.toMap(Application::getOpeningId, Function.identity()));
        for (Application theirs : applications.findByCandidateIdOrderByCreatedAt(duplicateId)) {
            Application ours = keptByOpening.get(theirs.getOpeningId());
            if (ours == null) {
                theirs.transferTo(keptId);
                jdbc.sql("update application_event set candidate_id = ? where application_id = ?").params(keptId, theirs.getId()).update();
                record(theirs, "Moved here from the duplicate record " + duplicateName);
            } else {
                jdbc.sql("update application_event set application_id = ?, candidate_id = ? where application_id = ?")
                        .params(ours.getId(), keptId, theirs.getId()).update();
                jdbc.sql("update vendor_step set application_id = ? where application_id = ?").params(ours.getId(), theirs.getId()).update();
                String where = where(theirs);
                boolean theirsFurther = furtherAlong(theirs, ours);
                ours.takeOver(theirs, theirsFurther);
                applications.delete(theirs);
                applications.flush();
                record(ours, "The duplicate record " + duplicateName + " was in this opening too (" + where + "); its history is "
                        + "merged here" + (theirsFurther ? " and the application goes on from where it stood" : ""));
            }
        }
        applications.flush();
    }

    /** Still in the running beats closed; hired beats everything; otherwise the later stage. */
    private static boolean furtherAlong(Application theirs, Application ours) {
        int theirRank = rank(theirs.getStatus());
        int ourRank = rank(ours.getStatus());
        return theirRank != ourRank ? theirRank > ourRank : theirs.getStage().compareTo(ours.getStage()) > 0;
    }

    private static int rank(ApplicationStatus status) {
        return switch (status) {
            case HIRED -> 2;
            case ACTIVE -> 1;
            default -> 0;
        };
    }

    private void record(Application application, String detail) {
        Application saved = applications.saveAndFlush(application);
        activities.save(new Activity(saved, ActivityKind.MERGED, null, saved.getStage(), detail, users.currentUserName(), clock.instant()));
        events.publishEvent(new PipelineChanged(saved.getOpeningId(), saved.getId(), saved.getCandidateId()));
    }
}
