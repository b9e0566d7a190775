package io.hirestage.opening;

import io.hirestage.base.StaleCheck;
import io.hirestage.audit.AuditLog;
import io.hirestage.audit.Changes;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.jobrole.StageSettings;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Openings: recruiters and admins see and run all of them; a hiring manager sees the openings they
 * manage and an interviewer those whose interview team they are on.
 */
@Service
@Validated
public class Openings {

    static final String AUDIT_TYPE = "Opening";

    private final OpeningRepository openings;
    private final PipelineTemplates jobRoles;
    private final UserDirectory users;
    private final AuditLog auditLog;
    private final Clock clock;

    Openings(OpeningRepository openings, PipelineTemplates jobRoles, UserDirectory users, AuditLog auditLog, Clock clock) {
        this.openings = openings;
        this.jobRoles = jobRoles;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The openings the logged-in user may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpeningView> visibleToMe() {
        List<Opening> visible = seesAll() ? openings.findAllByOrderByCreatedAtDesc() : openings.findInvolving(users.currentUserId());
        return views(visible);
    }

    /**
     * The opening, when the logged-in user may see it.
     *
     * @throws OpeningRejectedException when it does not exist or is not theirs to see
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OpeningView find(long id) {
        return views(List.of(visible(id))).getFirst();
    }

    /**
     * The stages the opening runs, in order: those its role's template turns on, each marked when
     * the opening skips it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpeningStage> pipeline(long openingId) {
        Opening opening = visible(openingId);
        Set<Stage> skipped = opening.getSkippedStages();
        return jobRoles.template(opening.getJobRoleId()).stream().filter(StageSettings::enabled)
                .map(stage -> new OpeningStage(stage.stage(), stage.providerId(), stage.roles(), stage.skippable(),
                        skipped.contains(stage.stage()), stage.alertAfterDays()))
                .toList();
    }

    /**
     * Leaves stages out of the opening's pipeline, as far as admins allow it for the job role.
     *
     * @param skipped every stage to leave out (the others run)
     * @throws OpeningRejectedException for a stage the role's template does not allow to skip, or a stale edit
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public OpeningView skipStages(long id, long expectedVersion, Set<Stage> skipped) {
        Opening opening = openings.findById(id).orElseThrow(() -> new OpeningRejectedException("This opening no longer exists"));
        StaleCheck.require(opening, expectedVersion, "This opening");
        Map<Stage, StageSettings> template = jobRoles.template(opening.getJobRoleId()).stream()
                .collect(Collectors.toMap(StageSettings::stage, Function.identity()));
        for (Stage stage : skipped) {
            if (!template.get(stage).skippable()) {
                throw new OpeningRejectedException(stage.displayName() + " cannot be skipped: an admin requires it for "
                        + "this job role");
            }
        }
        if (template.values().stream().filter(StageSettings::enabled).allMatch(stage -> skipped.contains(stage.stage()))) {
            throw new OpeningRejectedException("An opening runs at least one stage");
        }
        opening.skip(skipped);
        openings.flush();
        OpeningView view = views(List.of(opening)).getFirst();
        auditLog.record(AUDIT_TYPE, String.valueOf(id), "pipeline changed", view.title() + " skips "
                + (skipped.isEmpty() ? "no stage" : skipped.stream().map(Stage::displayName).collect(Collectors.joining(", "))));
        return view;
    }

    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public OpeningView create(@Valid OpeningDraft draft) {
        check(draft, true);
        Opening opening = openings.save(newOpening(draft));
        OpeningView view = views(List.of(opening)).getFirst();
        auditLog.record(AUDIT_TYPE, String.valueOf(view.id()), "created", describe(view));
        return view;
    }

    /**
     * @param expectedVersion the version the recruiter edited; if someone saved in between, nothing changes
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public OpeningView update(long id, long expectedVersion, @Valid OpeningDraft draft) {
        Opening opening = openings.findById(id).orElseThrow(() -> new OpeningRejectedException("This opening no longer exists"));
        StaleCheck.require(opening, expectedVersion, "This opening");
        check(draft, false);
        OpeningView was = views(List.of(opening)).getFirst();
        opening.apply(draft);
        openings.flush();
        OpeningView view = views(List.of(opening)).getFirst();
        auditLog.record(AUDIT_TYPE, String.valueOf(id), was.status() != view.status() ? "status changed" : "updated",
                (was.status() != view.status() ? was.status().displayName() + " to " + view.status().displayName() + "; " : "")
                        + describe(view), changes(was, view));
        return view;
    }

    private Opening visible(long id) {
        return openings.findById(id).filter(opening -> seesAll() || opening.involves(users.currentUserId()))
                .orElseThrow(() -> new OpeningRejectedException("This opening does not exist or is not yours to see"));
    }

    private Changes changes(OpeningView before, OpeningView after) {
        return Changes.compare().field("Title", before.title(), after.title()).field("Job role", before.jobRoleName(), after.jobRoleName())
                .field("Location", before.location(), after.location())
                .field("Hiring manager", before.hiringManagerName(), after.hiringManagerName())
                .field("Recruiters", fullNames(before.recruiterIds()), fullNames(after.recruiterIds()))
                .field("Interview team", fullNames(before.interviewerIds()), fullNames(after.interviewerIds()))
                .field("To hire", before.headcount(), after.headcount()).field("Target date", before.targetDate(), after.targetDate())
                .field("Status", before.status().displayName(), after.status().displayName());
    }

    private String fullNames(Set<Long> userIds) {
        return users.byIds(userIds).values().stream().map(User::fullName).sorted()
                .collect(Collectors.joining(", "));
    }

    private Opening newOpening(OpeningDraft draft) {
        Opening opening = new Opening(clock.instant());
        opening.apply(draft);
        return opening;
    }

    private void check(OpeningDraft draft, boolean isNew) {
        if (jobRoles.jobRoles().stream().noneMatch(role -> role.id().equals(draft.getJobRoleId()))) {
            throw new OpeningRejectedException("Choose one of the job roles");
        }
        requireRole(Set.of(draft.getHiringManagerId()), Role.HIRING_MANAGER, "The hiring manager must be a user with the Hiring manager role");
        requireRole(draft.getRecruiterIds(), Role.RECRUITER, "Every recruiter must be a user with the Recruiter role");
        requireRole(draft.getInterviewerIds(), Role.INTERVIEWER, "Everyone on the interview team must be a user with the Interviewer role");
        if (isNew && draft.getTargetDate() != null && draft.getTargetDate().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new OpeningRejectedException("The target date is in the past");
        }
    }

    private void requireRole(Set<Long> userIds, Role role, String message) {
        Set<Long> withRole = users.withRole(role).stream().map(User::id).collect(Collectors.toSet());
        if (!withRole.containsAll(userIds)) {
            throw new OpeningRejectedException(message);
        }
    }

    private List<OpeningView> views(List<Opening> list) {
        Map<Long, String> roleNames = jobRoles.jobRoles().stream().collect(Collectors.toMap(JobRoleView::id, JobRoleView::name));
        Map<Long, User> managers = users.byIds(list.stream().map(Opening::getHiringManagerId).collect(Collectors.toSet()));
        Function<Long, String> names = id -> managers.containsKey(id) ? managers.get(id).fullName() : "—";
        return list.stream().map(opening -> opening.toView(roleNames.getOrDefault(opening.getJobRoleId(), "—"), names)).toList();
    }

    private static boolean seesAll() {
        return CurrentUser.seesEverything();
    }

    private static String describe(OpeningView view) {
        return view.title() + " (" + view.jobRoleName() + ") in " + view.location() + ", " + view.headcount() + " to hire, "
                + view.status().displayName() + ", hiring manager " + view.hiringManagerName();
    }
}
