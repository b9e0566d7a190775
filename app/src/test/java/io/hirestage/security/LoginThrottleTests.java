package io.hirestage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.hirestage.MovableClock;
import io.hirestage.MovableClockConfig;
import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Password guessing through the real login form (Spring Security's filter chain, the user database):
 * failures pause a user name after 5 and an address after 20 within 15 minutes, for 15 minutes, with
 * one answer whether the name exists or not. The clock moves instead of the test waiting. Every test
 * logs in from addresses of its own (documentation ranges), so the counters of one never reach another.
 */
@SpringBootTest
@Import(MovableClockConfig.class)
class LoginThrottleTests {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final String WRONG = "Wrong-Guess-2026";
    private static final String PAUSED = "/login?locked";
    private static final AtomicInteger addresses = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MovableClock clock;

    private MockMvc mvc;

    /** Each test moves the clock 16 minutes at most, up to now. */
    @BeforeEach
    void setUpMockMvc() {
        clock.startAgo(Duration.ofMinutes(40));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void now() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsPauseTheUserNameSoEvenTheRightPasswordIsRefused() throws Exception {
        String name = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(name, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }

        logIn(name, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl(PAUSED));
        logIn(" " + name.toUpperCase() + " ", PASSWORD, newAddress()).andExpect(unauthenticated()).andExpect(redirectedUrl(PAUSED));
    }

    @Test
    void anUnknownUserNameIsPausedWithTheSameAnswer() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(nobody, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }

        logIn(nobody, PASSWORD, address).andExpect(redirectedUrl(PAUSED));
    }

    @Test
    void theRightPasswordLogsInOnceThePauseIsOver() throws Exception {
        String name = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(name, WRONG, address);
        }
        clock.advance(Duration.ofMinutes(14));
        logIn(name, PASSWORD, address).andExpect(redirectedUrl(PAUSED));

        clock.advance(Duration.ofMinutes(1));

        logIn(name, PASSWORD, address).andExpect(authenticated().withUsername(name));
    }

    @Test
    void aSuccessfulLoginStartsTheUserNamesCountAgainAndOldFailuresLapse() throws Exception {
        String name = newUser();
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            logIn(name, WRONG, address);
        }
        logIn(name, PASSWORD, address).andExpect(authenticated().withUsername(name));
        for (int i = 0; i < 4; i++) {
            logIn(name, WRONG, address);
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            logIn(name, WRONG, address);
        }

        logIn(name, PASSWORD, address).andExpect(authenticated().withUsername(name));
    }

    @Test
    void twentyFailuresFromOneAddressPauseEveryLoginFromItButNotFromElsewhere() throws Exception {
        String colleague = newUser();
        String office = newAddress();
        for (int i = 0; i < 19; i++) {
            logIn("guess-" + i + "-" + UUID.randomUUID(), WRONG, office).andExpect(redirectedUrl("/login?error"));
        }
        logIn(colleague, PASSWORD, office).andExpect(authenticated().withUsername(colleague));

        logIn("guess-last-" + UUID.randomUUID(), WRONG, office);

        logIn(colleague, PASSWORD, office).andExpect(unauthenticated()).andExpect(redirectedUrl(PAUSED));
        logIn(colleague, PASSWORD, newAddress()).andExpect(authenticated().withUsername(colleague));
        assertThat(trail(office)).extracting(AuditEntry::entityId, AuditEntry::action).contains(tuple(office, "address locked"));
    }

    @Test
    void eachLoginAndLockIsInTheAuditTrailAsTypedWithTheAddressAndNeverThePassword() throws Exception {
        String name = newUser();
        String typed = name.toUpperCase();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(typed, WRONG, address);
        }
        logIn(name, PASSWORD, newAddress()).andExpect(redirectedUrl(PAUSED));
        clock.advance(Duration.ofMinutes(15));
        logIn(name, PASSWORD, address).andExpect(authenticated());

        List<AuditEntry> lines = trail(name);

        assertThat(lines).as("newest first; the refused try is not a line of its own").extracting(AuditEntry::action)
                .containsExactly("succeeded", "user name locked", "failed", "failed", "failed", "failed", "failed");
        assertThat(lines.get(0)).extracting(AuditEntry::actor, AuditEntry::entityType, AuditEntry::entityId, AuditEntry::summary)
                .containsExactly(name, "Login", name, "Logged in from " + address);
        assertThat(lines.get(1).summary()).isEqualTo("5 failed logins within 15 minutes (the last from " + address
                + "): logins as this user name are paused for 15 minutes");
        assertThat(lines.subList(2, 7)).allSatisfy(failed -> {
            assertThat(failed.actor()).isEqualTo(AuditLog.ANONYMOUS);
            assertThat(failed.entityId()).isEqualTo(typed);
            assertThat(failed.summary()).isEqualTo("From " + address + ": wrong user name or password");
        });
        assertThat(lines).allSatisfy(line -> assertThat(line.summary() + line.entityId()).doesNotContain(WRONG).doesNotContain(PASSWORD));
    }

    private ResultActions logIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private List<AuditEntry> trail(String text) {
        return RunAsSystem.call(() -> auditLog.search(new AuditFilter(null, "Login", null, text, null, null), PageRequest.of(0, 50)))
                .getContent();
    }

    private String newUser() {
        String name = UserServiceTests.unique("lee");
        RunAsSystem.call(() -> users.create(UserServiceTests.draft(name, Set.of(Role.RECRUITER)), PASSWORD));
        return name;
    }

    /** An address of the documentation range 198.18.0.0/15, never reached: only a name for the counters. */
    private static String newAddress() {
        int n = addresses.incrementAndGet();
        return "198.18." + (n / 250) + "." + (1 + n % 250);
    }
}
