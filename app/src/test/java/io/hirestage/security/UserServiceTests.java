package io.hirestage.security;

import io.hirestage.base.ConcurrentChangeException;
import static io.hirestage.security.PasswordPolicyTests.CYRILLIC_64;
import static io.hirestage.security.PasswordPolicyTests.JAPANESE_64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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

    /** The manager behind the login form: user details, password encoder and the hash upgrade. */
    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aNewUserCanLogInWithAnArgon2HashedPasswordAndTheCreationIsAudited() {
        String name = unique("dana");
        User user = users.create(draft(name, Set.of(Role.RECRUITER)), STRONG);

        UserDetails login = userDetails.loadUserByUsername(name);
        assertThat(login.getPassword()).startsWith("{argon2-nfkc}$argon2id$").doesNotContain(STRONG);
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
    void aPasswordOfSixtyFourCyrillicOrJapaneseCharactersIsStoredAndLogsIn() throws Exception {
        for (String password : List.of(CYRILLIC_64, JAPANESE_64)) {
            User user = users.create(draft(unique("yuki"), Set.of(Role.RECRUITER)), password);

            assertThat(userDetails.loadUserByUsername(user.username()).getPassword()).startsWith("{argon2-nfkc}$argon2id$");
            assertThat(logIn(user.username(), password).getAuthorities()).extracting(Object::toString).contains("ROLE_RECRUITER");
            assertThatThrownBy(() -> logIn(user.username(), password.substring(0, password.length() - 1)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void aHundredBytePasswordWorksEndToEndAndEveryByteCounts() throws Exception {
        String first = "the quiet harbour keeper counts gulls, waves and passing ships at dusk until the tide turns at nine!";
        String second = "a slow barge of copper pots drifts past the violin maker's meadow while an ember glows in the canyon";
        String third = "quartz pillows and lanterns: the keeper's inventory, written in pencil on the back of a tide table!!";
        for (String password : List.of(first, second, third)) {
            assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        }
        User user = users.create(draft(unique("noor"), Set.of(Role.INTERVIEWER)), first);
        assertThat(logIn(user.username(), first).isAuthenticated()).isTrue();
        // bcrypt would have let the first 72 bytes in.
        assertThatThrownBy(() -> logIn(user.username(), first.substring(0, 72))).isInstanceOf(BadCredentialsException.class);

        users.resetPassword(user.id(), second);
        assertThatThrownBy(() -> logIn(user.username(), first)).isInstanceOf(BadCredentialsException.class);
        SecurityContextHolder.getContext().setAuthentication(logIn(user.username(), second));
        assertThat(users.mustChangePassword()).as("an admin chose it, so its user chooses their own").isTrue();

        users.changeOwnPassword(second, third);
        assertThat(users.mustChangePassword()).as("chosen by its user").isFalse();
        assertThat(logIn(user.username(), third).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn(user.username(), second)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aPasswordMatchesHoweverItsAccentsAreEncoded() throws Exception {
        String composed = "cr\u00e8me br\u00fbl\u00e9e au caf\u00e9 noir";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        User user = users.create(draft(unique("zoe"), Set.of(Role.RECRUITER)), composed);

        assertThat(logIn(user.username(), decomposed).isAuthenticated()).isTrue();
    }

    @Test
    void aUserWithABcryptHashFromBeforeStillLogsInAndTheHashIsUpgradedToArgon2() throws Exception {
        String name = unique("olga");
        String password = "Old-Bcrypt-Password-1";
        accounts.saveAndFlush(new UserAccount(name, "Olga Old", name + "@example.org", new BCryptPasswordEncoder().encode(password),
                Set.of(Role.HIRING_MANAGER), Instant.now()));

        assertThatThrownBy(() -> logIn(name, "Old-Bcrypt-Password-2")).isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findByUsername(name).orElseThrow().getPasswordHash()).startsWith("$2a$");

        assertThat(logIn(name, password).getAuthorities()).extracting(Object::toString).contains("ROLE_HIRING_MANAGER");
        assertThat(accounts.findByUsername(name).orElseThrow().getPasswordHash()).startsWith("{argon2-nfkc}$argon2id$");
        assertThat(logIn(name, password).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn(name, "Old-Bcrypt-Password-2")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aBcryptHashFromBeforeMatchesOnlyThePasswordItWasMadeFromNotOneWithMoreAppended() throws Exception {
        String name = unique("piet");
        String password = PasswordPolicyTests.words(72);
        accounts.saveAndFlush(new UserAccount(name, "Piet Old", name + "@example.org", new BCryptPasswordEncoder().encode(password),
                Set.of(Role.RECRUITER), Instant.now()));

        assertThatThrownBy(() -> logIn(name, password + " and anything else")).isInstanceOf(BadCredentialsException.class);
        assertThat(logIn(name, password).isAuthenticated()).isTrue();
    }

    @Test
    void everyWayToSetAPasswordAppliesTheRuleAndSaysWhyOnThePasswordField() throws Exception {
        assertThatThrownBy(() -> users.create(draft(unique("pat"), Set.of(Role.RECRUITER)), "password1234"))
                .isInstanceOf(UserChangeRejectedException.class)
                .hasMessage("This password is among the most common passwords; choose another")
                .extracting("field").isEqualTo(UserChangeRejectedException.Field.PASSWORD);

        User user = users.create(draft(unique("pat"), Set.of(Role.RECRUITER)), STRONG);
        assertThatThrownBy(() -> users.resetPassword(user.id(), "Password12345"))
                .isInstanceOf(UserChangeRejectedException.class)
                .hasMessage("This password is easy to guess: it is built from common passwords. Add a few unrelated words")
                .extracting("field").isEqualTo(UserChangeRejectedException.Field.PASSWORD);
        assertThatThrownBy(() -> users.resetPassword(user.id(), PasswordPolicyTests.words(129)))
                .isInstanceOf(UserChangeRejectedException.class).hasMessage("Use at most 128 characters");

        SecurityContextHolder.getContext().setAuthentication(logIn(user.username(), STRONG));
        assertThatThrownBy(() -> users.changeOwnPassword(STRONG, "my name is " + user.username() + " really"))
                .isInstanceOf(UserChangeRejectedException.class).hasMessage("The password must not contain the user name")
                .extracting("field").isEqualTo(UserChangeRejectedException.Field.PASSWORD);
        assertThat(logIn(user.username(), STRONG).isAuthenticated()).isTrue();
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

    private Authentication logIn(String username, String password) throws Exception {
        return authentication.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void anInvitedUserChoosesTheirFirstPasswordOnceThroughTheLinkAndNoAdminKnowsIt() throws Exception {
        Invitation invitation = users.invite(draft(unique("ivy"), Set.of(Role.INTERVIEWER)));
        String token = invitation.link().getPath().substring("/welcome/".length());
        assertThat(invitation.link().toString()).startsWith("http://localhost:8080/welcome/");
        assertThat(token).hasSize(43);
        assertThat(invitation.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(71)));
        assertThat(jdbc.queryForObject("select count(*) from user_account where setup_token_hash = ?", Integer.class, token))
                .as("only the link's hash is kept").isZero();
        assertThat(users.invitee(token)).get().extracting(User::username).isEqualTo(invitation.user().username());
        assertThat(users.invitee(token.substring(1) + "x")).as("a made-up link").isEmpty();

        assertThatThrownBy(() -> users.choosePasswordFromInvitation(token, "password1234"))
                .hasMessage("This password is among the most common passwords; choose another");
        users.choosePasswordFromInvitation(token, "Ivys-Own-Secret-2027");

        assertThat(logIn(invitation.user().username(), "Ivys-Own-Secret-2027").isAuthenticated()).isTrue();
        assertThat(users.invitee(token)).as("used once").isEmpty();
        assertThatThrownBy(() -> users.choosePasswordFromInvitation(token, "Someone-Else-2027")).hasMessage(UserService.LINK_GONE);
        assertThat(auditLog.search(new AuditFilter(null, "User", "password chosen", invitation.user().username(), null, null),
                PageRequest.of(0, 1)).getContent()).extracting(AuditEntry::actor).containsExactly(invitation.user().username());
    }

    @Test
    void anInvitationLinkWorksForSeventyTwoHoursAndNotForADisabledAccount() {
        Instant sent = Instant.parse("2026-12-05T10:00:00Z");
        UserAccount account = new UserAccount("kim", "Kim", "kim@example.org", "hash", Set.of(Role.RECRUITER), sent);
        account.openSetupLink("a".repeat(64), sent.plus(UserService.INVITATION_VALID_FOR));

        assertThat(account.setupLinkWorksAt(sent.plus(Duration.ofHours(71)))).isTrue();
        assertThat(account.setupLinkWorksAt(sent.plus(Duration.ofHours(72)))).isFalse();
        account.setEnabled(false);
        assertThat(account.setupLinkWorksAt(sent.plus(Duration.ofHours(1)))).isFalse();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static UserDraft draft(String username, Set<Role> roles) {
        return new UserDraft(username, "Person " + username.substring(username.length() - 6), username + "@example.org", roles);
    }
}
