package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.opening.OpeningDraft;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Openings with the demo team and fresh candidates in them, for the tests of applications and the board. */
@Component
public class PipelineFixture {

    private final Openings openings;
    private final Candidates candidates;
    private final Applications applications;
    private final PipelineTemplates jobRoles;
    private final UserDirectory users;

    PipelineFixture(Openings openings, Candidates candidates, Applications applications, PipelineTemplates jobRoles, UserDirectory users) {
        this.openings = openings;
        this.candidates = candidates;
        this.applications = applications;
        this.jobRoles = jobRoles;
        this.users = users;
    }

    /** An open Backend Lead Developer opening managed by the demo manager, with the demo recruiter and interviewer. */
    public OpeningView opening() {
        return RunAsSystem.call(() -> {
            OpeningDraft draft = new OpeningDraft();
            draft.setJobRoleId(jobRoles.jobRoles().getFirst().id());
            draft.setTitle("Backend Lead " + UUID.randomUUID().toString().substring(0, 8));
            draft.setLocation("London");
            draft.setHiringManagerId(user("manager").id());
            draft.setRecruiterIds(Set.of(user("recruiter").id()));
            draft.setInterviewerIds(Set.of(user("interviewer").id()));
            draft.setHeadcount(1);
            draft.setStatus(OpeningStatus.OPEN);
            draft.setTargetDate(LocalDate.now().plusMonths(2));
            return openings.create(draft);
        });
    }

    /** This candidate, added to the opening in its first stage. */
    public ApplicationView applicantFor(OpeningView opening, CandidateSummary candidate) {
        return RunAsSystem.call(() -> applications.add(candidate.id(), opening.id()));
    }

    /** A new candidate, added to the opening in its first stage. */
    public ApplicationView applicant(OpeningView opening, String name) {
        return RunAsSystem.call(() -> applications.add(candidate(name).id(), opening.id()));
    }

    public CandidateSummary candidate(String name) {
        return RunAsSystem.call(() -> {
            CandidateDraft draft = new CandidateDraft();
            draft.setFullName(name + " " + UUID.randomUUID().toString().substring(0, 6));
            draft.setEmail(UUID.randomUUID() + "@example.org");
            draft.setChannel(SourcingChannel.LINKEDIN);
            return candidates.add(draft, true);
        });
    }

    public User user(String username) {
        return RunAsSystem.call(() -> users.withRole(switch (username) {
            case "manager" -> Role.HIRING_MANAGER;
            case "interviewer" -> Role.INTERVIEWER;
            case "admin" -> Role.ADMIN;
            default -> Role.RECRUITER;
        }).stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow());
    }

    /** Runs the work as a demo user with their roles, then puts back who ran before. */
    public static <T> T as(String username, Role role, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "x",
                    AuthorityUtils.createAuthorityList(role.authority())));
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
