package io.hirestage.pipeline;

import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.candidate.CandidatesMerging;
import io.hirestage.security.UserDirectory;
import java.time.Clock;
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
 * application takes the duplicate's history and vendor results.
 */
@Component
class ApplicationsMerge {

    private final ApplicationRepository applications;
    private final ActivityRepository activities;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationsMerge(ApplicationRepository applications, ActivityRepository activities, UserDirectory users, JdbcClient jdbc,
                      ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.activities = activities;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
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
                String where = theirs.getStage().displayName() + ", " + theirs.getStatus().displayName().toLowerCase();
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
