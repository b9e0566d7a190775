package io.hirestage.opening;

import io.hirestage.audit.AuditLog;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.security.Role;
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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
        if (opening.getVersion() != expectedVersion) {
            throw new OpeningRejectedException("Someone else changed this opening meanwhile. Open it again to see their change.");
        }
        check(draft, false);
        OpeningStatus before = opening.getStatus();
        opening.apply(draft);
        openings.flush();
        OpeningView view = views(List.of(opening)).getFirst();
        auditLog.record(AUDIT_TYPE, String.valueOf(id), before != view.status() ? "status changed" : "updated",
                (before != view.status() ? before.displayName() + " to " + view.status().displayName() + "; " : "") + describe(view));
        return view;
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
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals("ROLE_ADMIN") || authority.equals("ROLE_RECRUITER"));
    }

    private static String describe(OpeningView view) {
        return view.title() + " (" + view.jobRoleName() + ") in " + view.location() + ", " + view.headcount() + " to hire, "
                + view.status().displayName() + ", hiring manager " + view.hiringManagerName();
    }
}
