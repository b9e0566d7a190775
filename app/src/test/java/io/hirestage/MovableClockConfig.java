package io.hirestage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives the portal a {@link MovableClock}. Test classes on the shared database import this one class,
 * so they share one Spring context instead of starting one each.
 */
@TestConfiguration
public class MovableClockConfig {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
