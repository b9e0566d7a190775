package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The interview as an iCalendar (RFC 5545) invitation that the portal attaches to its emails: one
 * {@code METHOD:REQUEST} event in UTC, organised by the first interviewer, with every participant as
 * an attendee. Everyone receives the same file, so it holds no join link; its description says that
 * each participant's link comes in their own email. The event's UID is the interview's, so a
 * repeated booking updates the same calendar entry instead of adding one.
 */
final class CalendarInvitation {

    private static final String PRODUCT = "-//Hirestage//Jitsi Meet interviews//EN";
    private static final String LOCATION = "Jitsi Meet: your own link is in your email";

    private final Calendar calendar;

    private CalendarInvitation(Calendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The invitation to a booked interview.
     *
     * @param signedLinksGrace how long after the end signed links work, or {@code null} when links need no sign-in
     */
    static CalendarInvitation of(Booking booking, CheckedRequest request, Duration signedLinksGrace) {
        VEvent event = new VEvent(booking.start(), booking.end(), request.title());
        event.add(new Uid(booking.interviewId() + "@video-jitsi.hirestage"));
        // The event comes with a time stamp of now; the booking's own keeps a repeated booking's file the same.
        event.replace(new DtStamp(booking.bookedAt()));
        event.add(new Sequence(0));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.OPAQUE);
        event.add(new Location(LOCATION));
        event.add(new Description(description(signedLinksGrace)));
        CheckedRequest.Attendee organiser = request.interviewers().getFirst();
        event.add(new Organizer(mailto(organiser.email())).add(new Cn(parameterText(organiser.name()))));
        for (CheckedRequest.Attendee participant : request.participants()) {
            event.add(new Attendee(mailto(participant.email())).add(new Cn(parameterText(participant.name())))
                    .add(CuType.INDIVIDUAL).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION));
        }
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.REQUEST).withComponent(event)
                .getFluentTarget();
        return new CalendarInvitation(calendar);
    }

    /** The file's text, lines ending in CRLF and folded at 75 octets. */
    String text() {
        StringWriter written = new StringWriter();
        try {
            // ical4j folds at 75 characters, which a name in another script makes longer than the 75 octets RFC 5545 allows;
            // OctetFolding unfolds its lines and folds them again by octets.
            new CalendarOutputter(false).output(calendar, written);
        } catch (IOException | ValidationException e) {
            throw new ProviderException("The calendar invitation could not be written: " + e.getClass().getSimpleName(), false, e);
        }
        return OctetFolding.fold(written.toString());
    }

    private static String description(Duration signedLinksGrace) {
        String description = "A live video interview on Jitsi Meet.\n\nEach participant receives their own join link by email; this "
                + "invitation holds no link, so keep that email. Open the link at the time of the interview in a current browser "
                + "(Chrome, Edge, Firefox or Safari) or in the Jitsi Meet app.";
        if (signedLinksGrace == null) {
            return description;
        }
        return description + "\n\nThe link works from " + MeetingTokens.EARLY_JOIN_MINUTES + " minutes before the start until "
                + signedLinksGrace.toMinutes() + " minutes after the end. Interviewers join as moderators.";
    }

    /** A parameter value cannot hold a double quote (RFC 5545, section 3.1); the rest ical4j quotes where needed. */
    private static String parameterText(String name) {
        return name.replace('"', '\'');
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new ProviderException("An email address cannot be written into the calendar invitation", false, e);
        }
    }
}
