package io.hirestage.pipeline;

import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.notification.Notice;
import io.hirestage.notification.NotificationKind;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on an application: written by everyone who sees it, edited or deleted by their author only.
 * The history keeps every version (an edit or deletion is an entry of its own, see {@link Timeline}).
 * A note that @mentions a colleague tells them in their inbox; only colleagues who see the
 * application can be mentioned, so the link they get opens for them.
 */
@Service
public class ApplicationNotes {

    private final ApplicationRepository applications;
    private final ActivityRepository activities;
    private final ApplicationVisibility visibility;
    private final Openings openings;
    private final Candidates candidates;
    private final UserDirectory users;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationNotes(ApplicationRepository applications, ActivityRepository activities, ApplicationVisibility visibility, Openings openings,
                     Candidates candidates, UserDirectory users, Notifications notifications, AuditLog auditLog,
                     ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.activities = activities;
        this.visibility = visibility;
        this.openings = openings;
        this.candidates = candidates;
        this.users = users;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a note to the application's history, for everyone who sees the application, and tells the colleagues it mentions.
     *
     * @throws ApplicationRejectedException for an empty or too long note, or a mention of someone unknown or who cannot see it
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ActivityEntry add(long applicationId, String text) {
        Application application = visible(applicationId);
        String note = checked(text);
        Map<String, User> mentioned = mentioned(note, application);
        Activity saved = activities.save(new Activity(application, ActivityKind.NOTE, null, application.getStage(), note,
                users.currentUserName(), CurrentUser.username(), null, clock.instant()));
        tell(mentioned.values(), application, note);
        events.publishEvent(new PipelineChanged(application.getOpeningId(), application.getId(), application.getCandidateId()));
        return saved.toEntry(openings.find(application.getOpeningId()).title()).yours(true);
    }

    /**
     * Gives the author's note a new text; colleagues it newly mentions are told.
     *
     * @throws ApplicationRejectedException for someone else's note, a deleted one, or a text {@link #add} refuses
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(long noteId, String text) {
        Activity original = ownNote(noteId);
        Application application = visible(original.getApplicationId());
        String note = checked(text);
        String before = activities.findByRevisesIdOrderByAtDescIdDesc(noteId).stream().findFirst().map(Activity::getDetail)
                .orElse(original.getDetail());
        if (note.equals(before)) {
            return;
        }
        Map<String, User> mentioned = mentioned(note, application);
        Set<String> mentionedBefore = Mentions.in(before);
        activities.save(new Activity(application, ActivityKind.NOTE_EDITED, null, application.getStage(), note, users.currentUserName(),
                CurrentUser.username(), noteId, clock.instant()));
        tell(mentioned.entrySet().stream().filter(entry -> !mentionedBefore.contains(entry.getKey())).map(Map.Entry::getValue).toList(),
                application, note);
        auditLog.record(Applications.AUDIT_TYPE, String.valueOf(application.getId()), "note edited",
                "A note on " + candidateName(application) + "'s application edited by its author; the history keeps both versions");
        events.publishEvent(new PipelineChanged(application.getOpeningId(), application.getId(), application.getCandidateId()));
    }

    /**
     * Takes the author's note back: the history says a note was deleted, in its place, without its text.
     *
     * @throws ApplicationRejectedException for someone else's note or one deleted already
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long noteId) {
        Activity original = ownNote(noteId);
        Application application = visible(original.getApplicationId());
        activities.save(new Activity(application, ActivityKind.NOTE_DELETED, null, application.getStage(), null, users.currentUserName(),
                CurrentUser.username(), noteId, clock.instant()));
        auditLog.record(Applications.AUDIT_TYPE, String.valueOf(application.getId()), "note deleted",
                "A note on " + candidateName(application) + "'s application deleted by its author; the history keeps it");
        events.publishEvent(new PipelineChanged(application.getOpeningId(), application.getId(), application.getCandidateId()));
    }

    /** The colleagues a note on the application can mention: everyone else who sees it, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<User> mentionable(long applicationId) {
        Application application = visible(applicationId);
        OpeningView opening = openings.find(application.getOpeningId());
        Set<Long> ids = new HashSet<>(opening.recruiterIds());
        ids.addAll(application.getInterviewerIds());
        if (opening.hiringManagerId() != null) {
            ids.add(opening.hiringManagerId());
        }
        return Stream.concat(Stream.of(Role.ADMIN, Role.RECRUITER).flatMap(role -> users.withRole(role).stream()),
                        users.byIds(ids).values().stream().filter(User::enabled))
                .filter(user -> !user.username().equals(CurrentUser.username()))
                .collect(Collectors.toMap(User::id, user -> user, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(User::fullName)).toList();
    }

    private Map<String, User> mentioned(String note, Application application) {
        Set<String> usernames = Mentions.in(note);
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, User> found = users.enabledByUsername(usernames);
        List<String> unknown = usernames.stream().filter(name -> !found.containsKey(name)).map(name -> "@" + name).toList();
        if (!unknown.isEmpty()) {
            throw new ApplicationRejectedException("Nobody here has the user name " + String.join(", ", unknown)
                    + "; pick the colleague under \"Mention\" to get their user name right");
        }
        OpeningView opening = openings.find(application.getOpeningId());
        List<String> blind = found.values().stream().filter(user -> !ApplicationVisibility.seenBy(user, application, opening))
                .map(User::fullName).sorted().toList();
        if (!blind.isEmpty()) {
            throw new ApplicationRejectedException(String.join(", ", blind) + (blind.size() == 1 ? " does" : " do")
                    + " not see this candidate, so a mention would not reach them; assign them as an interviewer first");
        }
        return found;
    }

    private void tell(Collection<User> colleagues, Application application, String note) {
        if (colleagues.isEmpty()) {
            return;
        }
        String opening = openings.find(application.getOpeningId()).title();
        String quote = note.length() <= 140 ? note : note.substring(0, 139) + "…";
        notifications.send(colleagues.stream().map(User::id).toList(), new Notice(NotificationKind.MENTIONED,
                users.currentUserName() + " mentioned you in a note on " + candidateName(application) + " (" + opening + "): “" + quote + "”",
                ApplicationLink.of(application.getOpeningId(), application.getId()), application.getCandidateId()));
    }

    private String candidateName(Application application) {
        CandidateSummary candidate = candidates.summaries(List.of(application.getCandidateId())).get(application.getCandidateId());
        return candidate == null ? "a candidate" : candidate.fullName();
    }

    private Activity ownNote(long noteId) {
        Activity note = activities.findById(noteId).filter(activity -> activity.getKind() == ActivityKind.NOTE)
                .orElseThrow(() -> new ApplicationRejectedException("This note no longer exists"));
        if (!Objects.equals(note.getActorUsername(), CurrentUser.username())) {
            throw new ApplicationRejectedException("Only the author of a note may change it");
        }
        if (activities.findByRevisesIdOrderByAtDescIdDesc(noteId).stream().anyMatch(a -> a.getKind() == ActivityKind.NOTE_DELETED)) {
            throw new ApplicationRejectedException("This note was deleted already");
        }
        return note;
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new ApplicationRejectedException("Write the note first");
        }
        String note = text.strip();
        if (note.length() > Activity.MAX_DETAIL) {
            throw new ApplicationRejectedException("A note holds up to " + Activity.MAX_DETAIL + " characters; this one has " + note.length());
        }
        return note;
    }

    private Application visible(long applicationId) {
        return applications.findById(applicationId).filter(visibility::sees)
                .orElseThrow(() -> new ApplicationRejectedException("This application does not exist or is not yours to see"));
    }
}
