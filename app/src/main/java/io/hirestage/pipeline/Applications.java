package io.hirestage.pipeline;

import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.base.StaleCheck;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.ResumeFile;
import io.hirestage.candidate.ResumeView;
import io.hirestage.candidate.Resumes;
import io.hirestage.jobrole.Stage;
import io.hirestage.notification.Notice;
import io.hirestage.notification.NotificationKind;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.Role;
import io.hirestage.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Candidates in openings: adding them, moving them through the opening's pipeline, closing their
 * application (hired, rejected with a reason, withdrawn), notes and the timeline. Every change is
 * checked against the version the person saw, against the stages their role may act on, recorded
 * in the application's history and the audit trail, and announced on the {@link PipelineFeed}.
 */
@Service
public class Applications {

    static final String AUDIT_TYPE = "Application";
    private static final Logger log = LoggerFactory.getLogger(Applications.class);

    private final ApplicationRepository applications;
    private final ActivityRepository activities;
    private final Openings openings;
    private final Candidates candidates;
    private final Resumes resumes;
    private final ApplicationVisibility visibility;
    private final UserDirectory users;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Applications(ApplicationRepository applications, ActivityRepository activities, Openings openings, Candidates candidates,
                 Resumes resumes, ApplicationVisibility visibility, UserDirectory users, AuditLog auditLog, Notifications notifications,
                 ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.activities = activities;
        this.openings = openings;
        this.candidates = candidates;
        this.resumes = resumes;
        this.visibility = visibility;
        this.users = users;
        this.auditLog = auditLog;
        this.notifications = notifications;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Adds a candidate to an opening, in the first stage of its pipeline.
     *
     * @throws ApplicationRejectedException when they are in it already or the opening takes no candidates
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public ApplicationView add(long candidateId, long openingId) {
        OpeningView opening = openings.find(openingId);
        if (opening.status() == OpeningStatus.FILLED || opening.status() == OpeningStatus.CLOSED) {
            throw new ApplicationRejectedException(opening.title() + " is " + opening.status().displayName().toLowerCase()
                    + "; reopen it to add candidates");
        }
        CandidateSummary candidate = candidate(candidateId);
        applications.findByCandidateIdAndOpeningId(candidateId, openingId).ifPresent(existing -> {
            throw new ApplicationRejectedException(candidate.fullName() + " is in " + opening.title() + " already, in "
                    + existing.getStage().displayName());
        });
        Stage first = running(openings.pipeline(openingId)).getFirst().stage();
        Application application;
        try {
            application = applications.saveAndFlush(new Application(candidateId, openingId, first, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ApplicationRejectedException(candidate.fullName() + " was added to " + opening.title() + " by someone else just now");
        }
        record(application, ActivityKind.ADDED, null, first, null);
        events.publishEvent(new PipelineChanged(openingId, application.getId(), candidateId));
        auditLog.record(AUDIT_TYPE, String.valueOf(application.getId()), "added",
                candidate.fullName() + " added to " + opening.title() + " in " + first.displayName());
        return application.toView(candidate.fullName(), opening.title());
    }

    /**
     * Moves a candidate to another stage of the opening's pipeline.
     *
     * @param expectedVersion the version the person saw; if someone changed the application meanwhile, nothing changes
     * @throws ApplicationRejectedException when the move is not theirs to make, or the application changed meanwhile
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplicationView move(long applicationId, long expectedVersion, Stage to) {
        return doMove(new ApplicationRef(applicationId, expectedVersion), to);
    }

    /** Moves each selected candidate to a stage, each on its own: one refusal leaves the others moved. */
    @PreAuthorize("isAuthenticated()")
    public BulkOutcome moveAll(Collection<ApplicationRef> selected, Stage to) {
        return eachOnItsOwn(selected, ref -> doMove(ref, to));
    }

    /**
     * Rejects a candidate with the reason (kept in the history, shown to the team).
     *
     * @throws ApplicationRejectedException without a reason, when the user's role may not act on the
     *                                      candidate's stage, or when the application changed meanwhile
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplicationView reject(long applicationId, long expectedVersion, String reason) {
        return doReject(new ApplicationRef(applicationId, expectedVersion), reason);
    }

    /** Rejects each selected candidate with the same reason, each on its own. */
    @PreAuthorize("isAuthenticated()")
    public BulkOutcome rejectAll(Collection<ApplicationRef> selected, String reason) {
        requireReason(reason);
        return eachOnItsOwn(selected, ref -> doReject(ref, reason));
    }

    /**
     * Marks a candidate in the last stage of the pipeline as hired.
     *
     * @throws ApplicationRejectedException before the last stage, or when the application changed meanwhile
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplicationView hire(long applicationId, long expectedVersion) {
        Change change = change(new ApplicationRef(applicationId, expectedVersion));
        List<OpeningStage> running = running(change.pipeline());
        if (change.application().getStage() != running.getLast().stage()) {
            throw new ApplicationRejectedException(change.name() + " can be hired from " + running.getLast().stage().displayName()
                    + " only");
        }
        change.stageNow().ifPresent(Applications::mayAct);
        return close(change, ApplicationStatus.HIRED, null, "hired");
    }

    /** Records that the candidate withdrew, with what they said. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public ApplicationView withdraw(long applicationId, long expectedVersion, String reason) {
        return close(change(new ApplicationRef(applicationId, expectedVersion)), ApplicationStatus.WITHDRAWN,
                reason == null || reason.isBlank() ? null : reason.trim(), "withdrew");
    }

    /** Puts a rejected, withdrawn or hired candidate back into the running, in the stage they left. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public ApplicationView reopen(long applicationId, long expectedVersion) {
        Change change = changeOf(new ApplicationRef(applicationId, expectedVersion));
        if (change.application().getStatus() == ApplicationStatus.ACTIVE) {
            return view(change);
        }
        change.application().reopen();
        return saved(change, ActivityKind.REOPENED, null, change.application().getStage(), null, "reopened",
                change.name() + " reopened in " + change.opening().title());
    }

    /**
     * Assigns interviewers from the opening's interview team; they see the candidate from then on.
     *
     * @throws ApplicationRejectedException for someone not on the opening's interview team
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public ApplicationView assignInterviewers(long applicationId, long expectedVersion, Set<Long> interviewerIds) {
        Change change = changeOf(new ApplicationRef(applicationId, expectedVersion));
        if (!change.opening().interviewerIds().containsAll(interviewerIds)) {
            throw new ApplicationRejectedException("Only the interview team of " + change.opening().title() + " can be assigned");
        }
        Set<Long> newcomers = new HashSet<>(interviewerIds);
        newcomers.removeAll(change.application().getInterviewerIds());
        change.application().assign(interviewerIds);
        notifications.send(newcomers, new Notice(NotificationKind.ASSIGNED, users.currentUserName() + " assigned you to interview "
                + change.name() + " for " + change.opening().title(), ApplicationLink.of(change.opening().id(), applicationId),
                change.application().getCandidateId()));
        String names = users.byIds(interviewerIds).values().stream().map(user -> user.fullName()).sorted()
                .collect(Collectors.joining(", "));
        return saved(change, ActivityKind.INTERVIEWERS_ASSIGNED, null, change.application().getStage(),
                names.isEmpty() ? "nobody" : names, "interviewers assigned", change.name() + ": " + (names.isEmpty() ? "nobody" : names));
    }

    /**
     * The application, when the user may see it.
     *
     * @throws ApplicationRejectedException when it does not exist or is not theirs to see
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationView find(long applicationId) {
        Application application = visible(applicationId);
        return application.toView(candidate(application.getCandidateId()).fullName(), openings.find(application.getOpeningId()).title());
    }

    /** The candidate's resume, for everyone who may see the application: hiring managers screen resumes too. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ResumeView> resumeOf(long applicationId) {
        return resumes.findForScreening(visible(applicationId).getCandidateId());
    }

    /** The file of {@link #resumeOf}, for download. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ResumeFile> resumeFileOf(long applicationId) {
        return resumes.fileForScreening(visible(applicationId).getCandidateId());
    }

    /** The candidate's applications the user may see, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApplicationView> forCandidate(long candidateId) {
        List<Application> visible = applications.findByCandidateIdOrderByCreatedAt(candidateId).stream().filter(visibility::sees).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        String name = candidate(candidateId).fullName();
        Map<Long, String> titles = titles(visible);
        return visible.stream().map(application -> application.toView(name, titles.get(application.getOpeningId()))).toList();
    }

    /** Everything that happened to the candidate in the applications the user may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActivityEntry> timeline(long candidateId) {
        List<Application> visible = applications.findByCandidateIdOrderByCreatedAt(candidateId).stream().filter(visibility::sees).toList();
        Map<Long, String> titles = titles(visible);
        Map<Long, Long> openingOf = visible.stream().collect(Collectors.toMap(Application::getId, Application::getOpeningId));
        return Timeline.lines(activities.findByApplicationIdInOrderByAtDescIdDesc(openingOf.keySet()),
                activity -> titles.get(openingOf.get(activity.getApplicationId())), CurrentUser.username());
    }

    /** The opening's pipeline as the board shows it: the stages it runs, each marked with whether the user may act on it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpeningStage> stagesOf(long openingId) {
        return running(openings.pipeline(openingId));
    }

    /** Whether the logged-in user's role may move candidates into and out of the stage. */
    public static boolean mayActOn(OpeningStage stage) {
        return stage.mayBeActedOnBy(CurrentUser.roles());
    }

    private ApplicationView doMove(ApplicationRef ref, Stage to) {
        Change change = change(ref);
        Stage from = change.application().getStage();
        if (from == to) {
            return view(change);
        }
        OpeningStage target = change.pipeline().stream().filter(stage -> stage.stage() == to && !stage.skipped()).findFirst()
                .orElseThrow(() -> new ApplicationRejectedException(to.displayName() + " is not a stage of " + change.opening().title()));
        change.stageNow().ifPresent(Applications::mayAct);
        mayAct(target);
        change.application().moveTo(to, clock.instant());
        String skipping = skipping(running(change.pipeline()), from, to).map(skipped -> "skipping " + skipped).orElse(null);
        return saved(change, ActivityKind.MOVED, from, to, skipping, "moved", change.name() + " from " + from.displayName() + " to "
                + to.displayName() + (skipping == null ? "" : ", " + skipping) + " in " + change.opening().title());
    }

    /**
     * The stages a move forward passes over, in words ("Resume screening and Phone screen"); empty for a
     * move to the next stage or back.
     */
    public static Optional<String> skipping(List<OpeningStage> running, Stage from, Stage to) {
        List<Stage> order = running.stream().map(OpeningStage::stage).toList();
        int start = order.indexOf(from);
        int end = order.indexOf(to);
        if (start < 0 || end <= start + 1) {
            return Optional.empty();
        }
        List<String> names = order.subList(start + 1, end).stream().map(Stage::displayName).toList();
        return Optional.of(names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast());
    }

    private ApplicationView doReject(ApplicationRef ref, String reason) {
        requireReason(reason);
        Change change = change(ref);
        change.stageNow().ifPresent(Applications::mayAct);
        return close(change, ApplicationStatus.REJECTED, reason.strip(), "rejected");
    }

    private ApplicationView close(Change change, ApplicationStatus outcome, String reason, String action) {
        if (change.application().getStatus() != ApplicationStatus.ACTIVE) {
            throw new ApplicationRejectedException(change.name() + " is " + change.application().getStatus().displayName().toLowerCase()
                    + " already");
        }
        change.application().close(outcome, reason);
        ActivityKind kind = switch (outcome) {
            case HIRED -> ActivityKind.HIRED;
            case REJECTED -> ActivityKind.REJECTED;
            default -> ActivityKind.WITHDRAWN;
        };
        return saved(change, kind, null, change.application().getStage(), reason, action,
                change.name() + " " + action + " in " + change.opening().title() + (reason == null ? "" : ": " + reason));
    }

    private ApplicationView saved(Change change, ActivityKind kind, Stage from, Stage to, String detail, String action, String summary) {
        Application application = applications.saveAndFlush(change.application());
        record(application, kind, from, to, detail);
        auditLog.record(AUDIT_TYPE, String.valueOf(application.getId()), action, summary);
        events.publishEvent(new PipelineChanged(application.getOpeningId(), application.getId(), application.getCandidateId()));
        return view(change);
    }

    private Activity record(Application application, ActivityKind kind, Stage from, Stage to, String detail) {
        return activities.save(new Activity(application, kind, from, to, detail, users.currentUserName(), CurrentUser.username(), null,
                clock.instant()));
    }

    /** Loads the application for a change by someone who may change it, refusing a stale or closed one. */
    private Change change(ApplicationRef ref) {
        Change change = changeOf(ref);
        if (change.application().getStatus() != ApplicationStatus.ACTIVE) {
            throw new ApplicationRejectedException(change.name() + " is " + change.application().getStatus().displayName().toLowerCase()
                    + "; reopen the application to move it");
        }
        return change;
    }

    private Change changeOf(ApplicationRef ref) {
        Application application = applications.findForUpdate(ref.id()).filter(visibility::sees)
                .orElseThrow(() -> new ApplicationRejectedException("This application does not exist or is not yours to see"));
        String name = candidate(application.getCandidateId()).fullName();
        StaleCheck.require(application.getVersion(), ref.version(), name + "'s application", () -> "now in "
                + application.getStage().displayName() + ", " + application.getStatus().displayName().toLowerCase());
        return new Change(application, name, openings.find(application.getOpeningId()), openings.pipeline(application.getOpeningId()));
    }

    private BulkOutcome eachOnItsOwn(Collection<ApplicationRef> selected, Function<ApplicationRef, ApplicationView> action) {
        int changed = 0;
        List<String> refused = new ArrayList<>();
        for (ApplicationRef ref : selected) {
            try {
                transaction.executeWithoutResult(status -> action.apply(ref));
                changed++;
            } catch (ApplicationRejectedException | OpeningRejectedException | ConcurrentChangeException e) {
                refused.add(e.getMessage());
            } catch (DataAccessException e) {
                log.warn("A bulk change of application {} failed", ref.id(), e);
                refused.add("One application could not be changed just now (the database was busy); try it again");
            }
        }
        return new BulkOutcome(changed, refused);
    }

    private Application visible(long applicationId) {
        return applications.findById(applicationId).filter(visibility::sees)
                .orElseThrow(() -> new ApplicationRejectedException("This application does not exist or is not yours to see"));
    }

    private static void mayAct(OpeningStage stage) {
        if (!mayActOn(stage)) {
            throw new ApplicationRejectedException("Your role may not move candidates into or out of " + stage.stage().displayName()
                    + "; the pipeline leaves it to " + stage.roles().stream().sorted().map(Role::displayName)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRejectedException("Give the reason for the rejection; the team and the history keep it");
        }
        if (reason.length() > 500) {
            throw new ApplicationRejectedException("Keep the reason under 500 characters");
        }
    }

    private static List<OpeningStage> running(List<OpeningStage> pipeline) {
        return pipeline.stream().filter(stage -> !stage.skipped()).toList();
    }

    private CandidateSummary candidate(long candidateId) {
        CandidateSummary candidate = candidates.summaries(List.of(candidateId)).get(candidateId);
        if (candidate == null) {
            throw new ApplicationRejectedException("This candidate no longer exists");
        }
        return candidate;
    }

    private Map<Long, String> titles(List<Application> list) {
        return list.stream().map(Application::getOpeningId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> openings.find(id).title()));
    }

    private static ApplicationView view(Change change) {
        return change.application().toView(change.name(), change.opening().title());
    }

    /** An application being changed, with what the checks need. */
    private record Change(Application application, String name, OpeningView opening, List<OpeningStage> pipeline) {

        /** The stage the candidate is in, unless an admin took it out of the pipeline since (then anyone may move them on). */
        Optional<OpeningStage> stageNow() {
            return pipeline.stream().filter(stage -> stage.stage() == application.getStage()).findFirst();
        }
    }
}
