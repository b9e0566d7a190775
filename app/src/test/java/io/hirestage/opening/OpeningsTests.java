package io.hirestage.opening;

import io.hirestage.base.ConcurrentChangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class OpeningsTests {

    @Autowired
    Openings openings;

    @Autowired
    PipelineTemplates jobRoles;

    @Autowired
    UserDirectory users;

    @Test
    void aRecruiterOpensAPositionForTheBackendLeadRoleWithItsTeam() {
        OpeningDraft draft = draft("Backend Lead " + UUID.randomUUID());
        draft.setRecruiterIds(Set.of(user(Role.RECRUITER).id()));
        draft.setInterviewerIds(Set.of(user(Role.INTERVIEWER).id()));

        OpeningView opening = openings.create(draft);

        assertThat(opening.jobRoleName()).isEqualTo("Backend Lead Developer");
        assertThat(opening.hiringManagerName()).isEqualTo("Morgan Manager");
        assertThat(opening.status()).isEqualTo(OpeningStatus.DRAFT);
        assertThat(openings.visibleToMe()).extracting(OpeningView::id).contains(opening.id());
    }

    @Test
    void aStatusChangeIsKeptAndAStaleEditIsRefused() {
        OpeningView opening = openings.create(draft("Status " + UUID.randomUUID()));
        OpeningDraft open = draft(opening.title());
        open.setStatus(OpeningStatus.OPEN);

        OpeningView changed = openings.update(opening.id(), opening.version(), open);

        assertThat(changed.status()).isEqualTo(OpeningStatus.OPEN);
        assertThatThrownBy(() -> openings.update(opening.id(), opening.version(), draft(opening.title())))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageStartingWith("This opening was changed by someone else");
    }

    @Test
    void theTeamMustHaveTheRightRolesAndTheDatesAndNumbersMustMakeSense() {
        OpeningDraft recruiterAsManager = draft("Wrong " + UUID.randomUUID());
        recruiterAsManager.setHiringManagerId(user(Role.RECRUITER).id());
        assertThatThrownBy(() -> openings.create(recruiterAsManager)).hasMessage("The hiring manager must be a user with the Hiring manager role");

        OpeningDraft past = draft("Past " + UUID.randomUUID());
        past.setTargetDate(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> openings.create(past)).hasMessage("The target date is in the past");

        OpeningDraft none = draft("None " + UUID.randomUUID());
        none.setHeadcount(0);
        assertThatThrownBy(() -> openings.create(none)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Hire at least one person");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void aHiringManagerSeesTheOpeningsTheyManageAndCannotOpenOne() {
        assertThat(openings.visibleToMe()).allSatisfy(opening -> assertThat(opening.hiringManagerName()).isEqualTo("Morgan Manager"));
        assertThatThrownBy(() -> openings.create(draft("Nope"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInterviewerSeesOnlyTheOpeningsWhoseTeamTheyAreOn() {
        OpeningDraft withTeam = draft("Team " + UUID.randomUUID());
        withTeam.setInterviewerIds(Set.of(user(Role.INTERVIEWER).id()));
        OpeningView onTeam = openings.create(withTeam);
        OpeningView notOnTeam = openings.create(draft("Other " + UUID.randomUUID()));

        assertThat(asInterviewer()).contains(onTeam.id()).doesNotContain(notOnTeam.id());
    }

    /** The openings the demo interviewer sees, asked as them within this recruiter's test. */
    private List<Long> asInterviewer() {
        Authentication recruiter = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("interviewer", "x",
                    AuthorityUtils.createAuthorityList("ROLE_INTERVIEWER")));
            return openings.visibleToMe().stream().map(OpeningView::id).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(recruiter);
        }
    }

    private OpeningDraft draft(String title) {
        OpeningDraft draft = new OpeningDraft();
        draft.setJobRoleId(jobRoles.jobRoles().getFirst().id());
        draft.setTitle(title);
        draft.setLocation("London");
        draft.setHiringManagerId(user(Role.HIRING_MANAGER).id());
        draft.setHeadcount(2);
        draft.setTargetDate(LocalDate.now().plusMonths(2));
        return draft;
    }

    private User user(Role role) {
        return users.withRole(role).stream().filter(user -> user.username().equals(switch (role) {
            case HIRING_MANAGER -> "manager";
            case RECRUITER -> "recruiter";
            case INTERVIEWER -> "interviewer";
            case ADMIN -> "admin";
        })).findFirst().orElseThrow();
    }
}
