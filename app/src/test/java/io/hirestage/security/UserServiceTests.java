package io.hirestage.security;

import io.hirestage.base.ConcurrentChangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserServiceTests {

    private static final String STRONG = "Correct-Horse-42";

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog auditLog;

    @Test
    void aNewUserCanLogInWithABcryptHashedPasswordAndTheCreationIsAudited() {
        String name = unique("dana");
        User user = users.create(draft(name, Set.of(Role.RECRUITER)), STRONG);

        UserDetails login = userDetails.loadUserByUsername(name);
        assertThat(login.getPassword()).startsWith("$2").isNotEqualTo(STRONG);
        assertThat(passwordEncoder.matches(STRONG, login.getPassword())).isTrue();
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RECRUITER");

        AuditEntry created = auditLog.search(new AuditFilter("admin", "User", "created", user.username(), null, null),
                PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(created.summary()).contains("Recruiter").doesNotContain(STRONG);
    }

    @Test
    void aDuplicateUserNameOrEmailIsRefusedOnTheRightField() {
        String name = unique("erin");
        users.create(draft(name, Set.of(Role.INTERVIEWER)), STRONG);

        assertThatThrownBy(() -> users.create(draft(name, Set.of(Role.INTERVIEWER)), STRONG))
                .isInstanceOf(UserChangeRejectedException.class)
                .hasMessageContaining("is taken")
                .extracting("field").isEqualTo(UserChangeRejectedException.Field.USERNAME);

        UserDraft sameEmail = draft(unique("other"), Set.of(Role.INTERVIEWER));
        sameEmail.setEmail(name.toUpperCase() + "@example.org");
        assertThatThrownBy(() -> users.create(sameEmail, STRONG))
                .extracting("field").isEqualTo(UserChangeRejectedException.Field.EMAIL);
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsSaved() {
        String name = unique("weak");

        assertThatThrownBy(() -> users.create(draft(name, Set.of(Role.RECRUITER)), "short1"))
                .isInstanceOf(UserChangeRejectedException.class)
                .hasMessage("Use at least 12 characters");
        assertThat(users.list(name, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theServiceValidatesTheDraftEvenWhenNoFormDid() {
        UserDraft bad = draft(unique("mail"), Set.of(Role.RECRUITER));
        bad.setEmail("not-an-email");

        assertThatThrownBy(() -> users.create(bad, STRONG)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a valid email address");
    }

    @Test
    void aDisabledUserCannotLogInAndKeepsTheirData() {
        User user = users.create(draft(unique("finn"), Set.of(Role.RECRUITER)), STRONG);

        users.setEnabled(user.id(), false);

        assertThat(userDetails.loadUserByUsername(user.username()).isEnabled()).isFalse();
        assertThat(users.list(user.username(), PageRequest.of(0, 1)).getContent().getFirst().fullName()).isEqualTo(user.fullName());
    }

    @Test
    void anAdminCannotDisableThemselves() {
        User me = users.list("admin@hirestage.demo", PageRequest.of(0, 1)).getContent().getFirst();

        assertThatThrownBy(() -> users.setEnabled(me.id(), false))
                .isInstanceOf(UserChangeRejectedException.class).hasMessageContaining("your own account");
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        User user = users.create(draft(unique("gale"), Set.of(Role.HIRING_MANAGER)), STRONG);

        users.resetPassword(user.id(), "Brand-New-Secret-7");

        String hash = userDetails.loadUserByUsername(user.username()).getPassword();
        assertThat(passwordEncoder.matches("Brand-New-Secret-7", hash)).isTrue();
        assertThat(passwordEncoder.matches(STRONG, hash)).isFalse();
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedAndTheNewerEditStays() {
        User user = users.create(draft(unique("hana"), Set.of(Role.RECRUITER)), STRONG);
        UserDraft first = UserDraft.of(user);
        first.setFullName("Hana First");
        users.update(user.id(), user.version(), first);

        UserDraft second = UserDraft.of(user);
        second.setFullName("Hana Second");
        assertThatThrownBy(() -> users.update(user.id(), user.version(), second))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("was changed by someone else");
        assertThat(users.list(user.username(), PageRequest.of(0, 1)).getContent().getFirst().fullName()).isEqualTo("Hana First");
    }

    @Test
    void searchFindsUsersByNameUserNameOrEmailInAnyCase() {
        String name = unique("ivy");
        users.create(draft(name, Set.of(Role.RECRUITER)), STRONG);

        assertThat(users.list(name.toUpperCase(), PageRequest.of(0, 10))).extracting(User::username).containsExactly(name);
        assertThat(users.list("Person " + name.substring(name.length() - 6), PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void onlyAdminsMayManageUsers() {
        assertThatThrownBy(() -> users.list("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(draft(unique("jo"), Set.of(Role.ADMIN)), STRONG))
                .isInstanceOf(AccessDeniedException.class);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static UserDraft draft(String username, Set<Role> roles) {
        return new UserDraft(username, "Person " + username.substring(username.length() - 6), username + "@example.org", roles);
    }
}
