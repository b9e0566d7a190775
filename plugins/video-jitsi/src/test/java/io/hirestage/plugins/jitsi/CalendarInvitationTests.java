package io.hirestage.plugins.jitsi;

import static io.hirestage.plugins.jitsi.Interviews.ADA;
import static io.hirestage.plugins.jitsi.Interviews.IAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.LiveInterviewRequest.Participant;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar invitation as a mail client reads it: parsed back with ical4j, the same file for
 * everyone and without anyone's link.
 */
class CalendarInvitationTests {

    private static final Instant START = Instant.parse("2026-01-07T14:30:00Z");

    private final JitsiVideoInterviewProvider provider = new JitsiVideoInterviewProvider();
    private TestProviderContext context;

    @BeforeEach
    void configureForJaas() {
        context = TestProviderContext.of("video-jitsi", Map.of(JitsiSettings.SERVER_URL, "https://8x8.vc", JitsiSettings.SIGN_IN,
                SignIn.JAAS.choice(), JitsiSettings.APP_ID, TestKeys.JAAS_APP_ID, JitsiSettings.KEY_ID, TestKeys.JAAS_KEY_ID,
                JitsiSettings.PRIVATE_KEY, TestKeys.jaasPrivateKeyPem()));
        provider.configure(context);
    }

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    @Test
    void anInvitationRequestForTheInterviewInUtcWithEveryParticipant() throws Exception {
        LiveInterview interview = provider.scheduleLive(Interviews.request(START, "key-1"));

        Calendar calendar = parse(interview.calendar());
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(calendar.getComponents()).hasSize(1);
        VEvent event = (VEvent) calendar.getComponents().getFirst();
        assertThat(value(event, Property.UID)).isEqualTo(interview.interviewId() + "@video-jitsi.hirestage");
        assertThat(value(event, Property.DTSTAMP)).as("when it was booked").isEqualTo("20260105T090000Z");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260107T143000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20260107T153000Z");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(Interviews.TITLE);
        assertThat(value(event, Property.DESCRIPTION)).contains("Each participant receives their own join link by email")
                .contains("from 30 minutes before the start until 60 minutes after the end");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:ian@example.org");
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue)
                .containsExactly("mailto:ada@example.org", "mailto:ian@example.org", "mailto:mia@example.org");
        assertThat(attendees).extracting(attendee -> attendee.getParameter(Parameter.CN).map(Parameter::getValue).orElse(null))
                .containsExactly("Ada Lovelace", "Ian Interviewer", "Mia Müller");
    }

    @Test
    void theFileCarriesNoJoinLinkSinceEveryoneReceivesIt() {
        LiveInterview interview = provider.scheduleLive(Interviews.request(START, "key-2"));

        String room = WithoutSignInTests.roomOf(interview.joinLinks().get("ada@example.org"));
        assertThat(interview.calendar()).doesNotContain(room).doesNotContain("jwt").doesNotContain("8x8.vc")
                .doesNotContain(TestKeys.JAAS_APP_ID);
        for (URI link : interview.joinLinks().values()) {
            assertThat(unfolded(interview.calendar())).doesNotContain(link.getRawQuery().substring(4, 40));
        }
    }

    @Test
    void aRepeatedRequestGivesTheSameInvitationSoCalendarsUpdateRatherThanDouble() {
        String first = provider.scheduleLive(Interviews.request(START, "key-3")).calendar();
        context.clock().advance(Duration.ofHours(5));

        assertThat(provider.scheduleLive(Interviews.request(START, "key-3")).calendar()).isEqualTo(first);
    }

    @Test
    void linesEndInCrLfAndAreFoldedAt75OctetsEvenInOtherScripts() throws Exception {
        String title = "Собеседование: ведущий backend-разработчик (платежи) — структурированное интервью 🙂 " + "é".repeat(80);
        LiveInterview interview = provider.scheduleLive(new LiveInterviewRequest(title, START, Duration.ofMinutes(45),
                List.of(new Participant("Zoë Ångström-Ōtsuka 王小明", "zoe@example.org", true), IAN), "key-4"));

        String text = interview.calendar();
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(octets(line)).as(line).isLessThanOrEqualTo(75));
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i + 1).startsWith(" ")) {
                assertThat(octets(lines.get(i))).as("a line is folded only when it is full: %s", lines.get(i)).isGreaterThan(71);
            }
        }
        VEvent event = (VEvent) parse(text).getComponents().getFirst();
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees.getFirst().getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo("Zoë Ångström-Ōtsuka 王小明");
    }

    @Test
    void textFromPeopleCannotAddLinesOrAttendeesToTheFile() throws Exception {
        String title = "Interview\r\nATTENDEE:mailto:eve@example.org\r\nEND:VEVENT";
        Participant odd = new Participant("Ada \"The\" Lovelace; Esq.: PhD,\nATTENDEE:mailto:eve@example.org", "ada@example.org", true);
        LiveInterview interview = provider.scheduleLive(new LiveInterviewRequest(title, START, Duration.ofMinutes(45),
                List.of(odd, IAN), "key-5"));

        Calendar calendar = parse(interview.calendar());
        assertThat(calendar.getComponents()).hasSize(1);
        VEvent event = (VEvent) calendar.getComponents().getFirst();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Interview ATTENDEE:mailto:eve@example.org END:VEVENT");
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:ada@example.org", "mailto:ian@example.org");
        assertThat(attendees.getFirst().getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo("Ada 'The' Lovelace; Esq.: PhD, ATTENDEE:mailto:eve@example.org");
    }

    @Test
    void withoutSignInTheDescriptionPromisesNoTimeWindow() throws Exception {
        provider.configure(TestProviderContext.of("video-jitsi", Map.of()));

        LiveInterview interview = provider.scheduleLive(Interviews.request(START, List.of(ADA, IAN), "key-6"));

        assertThat(value((VEvent) parse(interview.calendar()).getComponents().getFirst(), Property.DESCRIPTION))
                .doesNotContain("minutes before the start");
    }

    private static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }
}
