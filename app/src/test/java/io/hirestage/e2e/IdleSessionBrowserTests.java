package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.UserDraft;
import io.hirestage.security.UserService;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An open tab that nobody touches is logged out after the session timeout, although its heartbeats
 * keep reaching the server. The server's session timeout cannot go below a minute, so this portal
 * of its own shortens each new session to a few seconds and sends a heartbeat every second (five
 * minutes by default); it also checks that the configured 30 minutes reach the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.heartbeatInterval=1")
@Import(IdleSessionBrowserTests.ShortSessions.class)
class IdleSessionBrowserTests {

    private static final int IDLE_SECONDS = 4;
    private static final String PASSWORD = "Correct-Horse-42";

    /** Shortens every new session, and remembers the timeout the server gave it. */
    @TestConfiguration
    static class ShortSessions {

        static final AtomicInteger configuredSeconds = new AtomicInteger(-1);

        @Bean
        HttpSessionListener shortSessions() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    configuredSeconds.set(event.getSession().getMaxInactiveInterval());
                    event.getSession().setMaxInactiveInterval(IDLE_SECONDS);
                }
            };
        }
    }

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    SessionRegistry sessions;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anIdleTabIsLoggedOutDespiteItsHeartbeats() {
        String name = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        RunAsSystem.call(() -> users.create(new UserDraft(name, "Idle " + name.substring(5), name + "@example.org",
                Set.of(Role.RECRUITER)), PASSWORD));
        LoginPage.open(driver, baseUrl()).logInAs(name, PASSWORD);
        Instant lastClick = Instant.now();
        assertThat(sessionsOf(name)).isOne();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> sessionsOf(name) == 0);

        assertThat(Duration.between(lastClick, Instant.now())).as("not before the timeout").isGreaterThanOrEqualTo(Duration.ofSeconds(IDLE_SECONDS));
        driver.navigate().refresh();
        LoginPage.waitFor(driver);
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(ShortSessions.configuredSeconds.get()).as("server.servlet.session.timeout").isEqualTo(30 * 60);
    }

    private long sessionsOf(String username) {
        return sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
                .mapToLong(principal -> sessions.getAllSessions(principal, false).size()).sum();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
