package io.hirestage;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Hirestage portal: a Spring Boot application with a Vaadin Flow UI and a PF4J plugin host.
 * Styled with Lumo and one plain stylesheet, so no frontend build (npm) is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
// Server push: results of background vendor calls reach the browser without a reload.
@Push
public class HirestageApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(HirestageApplication.class, args);
    }

    /** The one clock of the portal, so tests can pin time where they need to. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
