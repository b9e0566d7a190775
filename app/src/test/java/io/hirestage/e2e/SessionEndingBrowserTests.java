package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.User;
import io.hirestage.security.UserDraft;
import io.hirestage.security.UserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions do not outlive what let them in: a disabled account, a password an admin reset and a
 * password the user changed end the sessions that were logged in, one in Chromium with the portal
 * open and one over plain HTTP (another device). The user's own change keeps the session they made
 * it in. The admin's actions go through the same service the Users view calls.
 */
@PortalOnRandomPort
class SessionEndingBrowserTests {

    private static final String PASSWORD = "Correct-Horse-42";

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

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
    void disablingAUserEndsTheirSessionsAndTheirOpenTabLandsOnTheLoginPage() {
        User user = newUser();
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs(user.username(), PASSWORD);
        HttpLogin otherDevice = HttpLogin.logIn(baseUrl(), user.username(), PASSWORD);
        assertThat(otherDevice.isLoggedIn()).isTrue();

        RunAsSystem.call(() -> users.setEnabled(user.id(), false));

        assertThat(otherDevice.isLoggedIn()).isFalse();
        main.clickNavigationItem("Openings");
        LoginPage.waitFor(driver);
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void anAdminsPasswordResetEndsTheUsersSessions() {
        User user = newUser();
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs(user.username(), PASSWORD);
        HttpLogin otherDevice = HttpLogin.logIn(baseUrl(), user.username(), PASSWORD);

        RunAsSystem.call(() -> {
            users.resetPassword(user.id(), "Handed-Over-2027");
            return null;
        });

        assertThat(otherDevice.isLoggedIn()).isFalse();
        main.clickNavigationItem("Openings");
        LoginPage.waitFor(driver);
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        User user = newUser();
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs(user.username(), PASSWORD);
        HttpLogin otherDevice = HttpLogin.logIn(baseUrl(), user.username(), PASSWORD);

        main.openMyAccount().changePassword(PASSWORD, "My-Own-New-2027");

        assertThat(otherDevice.isLoggedIn()).isFalse();
        main.clickNavigationItem("Openings");
        driver.navigate().refresh();
        assertThat(new MainPage(driver).navigationItems()).contains("Openings");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
    }

    private User newUser() {
        String name = "sam-" + UUID.randomUUID().toString().substring(0, 8);
        return RunAsSystem.call(() -> users.create(new UserDraft(name, "Sam " + name.substring(4), name + "@example.org",
                Set.of(Role.RECRUITER)), PASSWORD));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
