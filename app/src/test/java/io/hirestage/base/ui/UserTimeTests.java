package io.hirestage.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class UserTimeTests extends SpringBrowserlessTest {

    private static final Instant EVENING_IN_BERLIN = Instant.parse("2026-12-03T19:05:00Z");

    @Test
    void aTimeShowsInTheZoneOfThePersonsBrowser() {
        UserTime.use(VaadinSession.getCurrent(), ZoneId.of("Europe/Berlin"));
        assertThat(UserTime.dateTime(EVENING_IN_BERLIN)).isEqualTo("3 Dec 2026, 20:05");

        UserTime.use(VaadinSession.getCurrent(), ZoneId.of("America/New_York"));
        assertThat(UserTime.dateTime(EVENING_IN_BERLIN)).isEqualTo("3 Dec 2026, 14:05");
    }

    @Test
    void theDayIsTheDayWhereThePersonIs() {
        Instant lateEvening = Instant.parse("2026-12-04T02:30:00Z");
        UserTime.use(VaadinSession.getCurrent(), ZoneId.of("Europe/Berlin"));
        assertThat(UserTime.date(lateEvening)).isEqualTo("4 Dec 2026");
        UserTime.use(VaadinSession.getCurrent(), ZoneId.of("America/New_York"));
        assertThat(UserTime.date(lateEvening)).isEqualTo("3 Dec 2026");
    }

    @Test
    void aPickedTimeMeansThatTimeWhereThePersonIs() {
        UserTime.use(VaadinSession.getCurrent(), ZoneId.of("America/New_York"));
        assertThat(UserTime.instant(LocalDateTime.parse("2026-12-03T14:05"))).isEqualTo(EVENING_IN_BERLIN);
    }

    @Test
    void untilTheBrowserHasToldItsZoneTimesAreInUtcAndSaySo() {
        VaadinSession.getCurrent().setAttribute(UserTime.ZONE_ATTRIBUTE, null);
        assertThat(UserTime.dateTime(EVENING_IN_BERLIN)).isEqualTo("3 Dec 2026, 19:05 UTC");
    }
}
