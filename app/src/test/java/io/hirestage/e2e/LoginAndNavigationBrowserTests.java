package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.security.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;
import io.hirestage.PortalOnRandomPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each demo role logs in through the real login form and sees only its navigation. */
@PortalOnRandomPort
class LoginAndNavigationBrowserTests {

    private static WebDriver driver;

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', value = {
            "admin       | Home, Inbox, Openings, Candidates, Users, Pipeline templates, Plugins, Privacy, Audit trail, Search index",
            "recruiter   | Home, Inbox, Openings, Candidates",
            "manager     | Home, Inbox, Openings",
            "interviewer | Home, Inbox, Openings"})
    void eachRoleSeesOnlyItsNavigation(String username, String expected) {
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs(username, DemoUsers.PASSWORD);

        assertThat(String.join(", ", main.navigationItems())).isEqualTo(expected);
        assertThat(main.heading()).startsWith("Welcome, ");
        main.screenshot("home-" + username);
    }

    @Test
    void aWrongPasswordShowsAnErrorAndDoesNotLogIn() {
        LoginPage login = LoginPage.open(driver, baseUrl()).logInExpectingFailure("admin", "not-the-password");

        assertThat(login.showsError()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(login.demoNotice()).contains("This is a demo");
    }

    @Test
    void loggingOutEndsTheSession() {
        LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD).logOut();

        driver.get(baseUrl() + "/");
        LoginPage.waitFor(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theAdminSeesTheBundledPluginsStarted() {
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs("admin", DemoUsers.PASSWORD);
        MainPage.PluginsPage plugins = main.openPlugins();

        assertThat(plugins.stateOf("sandbox-assessment")).isEqualTo("Started");
        assertThat(plugins.stateOf("sandbox-video")).isEqualTo("Started");
        assertThat(plugins.stateOf("bls-oews-salary")).isEqualTo("Started");
        main.screenshot("admin-plugins");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
