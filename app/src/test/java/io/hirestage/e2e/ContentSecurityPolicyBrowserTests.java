package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.security.DemoUsers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal works under its content security policy: Chromium refuses nothing on any view an admin can open. */
@PortalOnRandomPort
class ContentSecurityPolicyBrowserTests {

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

    @Test
    void noViewBreaksThePolicy() {
        MainPage main = LoginPage.open(driver, "http://localhost:" + port).logInAs("admin", DemoUsers.PASSWORD);
        List<String> items = main.navigationItems();
        for (String item : items) {
            assertThat(main.open(item)).as(item).isNotBlank();
        }

        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to")).toList();
        assertThat(items).hasSizeGreaterThan(5);
        assertThat(refused).isEmpty();
    }
}
