package io.hirestage.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the person reading them lives them: in their browser's time zone, with one pattern
 * ("3 Dec 2026, 14:05") everywhere. The server's zone says nothing about where HR staff sit.
 *
 * <p>The zone is kept in the {@link VaadinSession} (attribute {@link #ZONE_ATTRIBUTE}), learnt
 * from the browser when a UI starts ({@link #learnFrom(UI)}); until it is known, times show in UTC
 * and say so. Tests set it with {@link #use(VaadinSession, ZoneId)}.
 */
public final class UserTime {

    /** The session attribute holding the person's {@link ZoneId}. */
    public static final String ZONE_ATTRIBUTE = UserTime.class.getName() + ".zone";

    // A fixed English pattern, not the server's locale: the portal speaks English and a month name
    // cannot be misread as day/month or month/day.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private UserTime() {
    }

    /** "3 Dec 2026, 14:05" in the person's zone, with " UTC" added while their zone is not yet known. */
    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(zone())) + (known() ? "" : " UTC");
    }

    /** "14:05" in the person's zone (" UTC" added while it is not yet known): a time later today. */
    public static String time(Instant at) {
        return TIME.format(at.atZone(zone())) + (known() ? "" : " UTC");
    }

    /** "3 Dec 2026": the day it was in the person's zone. */
    public static String date(Instant at) {
        return DATE.format(at.atZone(zone()));
    }

    /** "3 Dec 2026" for a calendar day that has no zone (a target date). */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** The instant a wall-clock time the person picked (a filter, a deadline) means in their zone. */
    public static Instant instant(LocalDateTime picked) {
        return picked.atZone(zone()).toInstant();
    }

    /** The person's zone, or UTC until their browser has told it. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }

    /** Remembers the person's zone for the rest of their session. */
    public static void use(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZONE_ATTRIBUTE, zone);
    }

    /**
     * Asks the browser for its zone once per session. Views rendered before the answer arrives
     * showed UTC, so the current view is drawn again then.
     */
    static void learnFrom(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(ZONE_ATTRIBUTE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone = parse(details.getTimeZoneId());
            if (zone != null && session.getAttribute(ZONE_ATTRIBUTE) == null) {
                use(session, zone);
                if (!zone.normalized().equals(ZoneOffset.UTC)) {
                    ui.refreshCurrentRoute(false);
                }
            }
        });
    }

    private static ZoneId parse(String id) {
        try {
            return id == null || id.isBlank() ? null : ZoneId.of(id);
        } catch (DateTimeException unknownToTheJdk) {
            return null;
        }
    }

    private static boolean known() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ZONE_ATTRIBUTE) != null;
    }
}
