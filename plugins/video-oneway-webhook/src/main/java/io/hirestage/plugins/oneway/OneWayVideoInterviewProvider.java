package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SettingsSchema;
import io.hirestage.plugin.api.VideoInterviewMode;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.WebhookEvent;
import io.hirestage.plugin.api.WebhookReceiver;
import io.hirestage.plugin.api.WebhookRejectedException;
import io.hirestage.plugin.api.WebhookRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * One-way (recorded) video interviews at a vendor that offers a participants API and signed
 * webhooks, as Willo and Spark Hire do: the candidate becomes a participant of the admin's interview
 * template, records answers to the portal's questions on the vendor's site by the deadline, and the
 * vendor's webhook says when the answers are submitted, rated or expired, or the invitation was
 * withdrawn. A webhook only says that something happened: the recordings, transcripts and ratings are
 * always read from the vendor with the API key, so a webhook can hurry a check but never put a result
 * into the portal.
 */
@Extension
public class OneWayVideoInterviewProvider implements VideoInterviewProvider, WebhookReceiver {

    /** The events that change what the portal shows; others (opened, started, commented) are acknowledged and left aside. */
    static final Set<String> EVENT_TYPES = Set.of("participant.submitted", "participant.rated", "participant.expired",
            "participant.withdrawn");
    /** Below the portal's own limit per call (10 s), so that the reason a call failed names the vendor. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("video-oneway-webhook", "One-way video interviews",
            "Any vendor of the one-way interview participants API",
            "Invites candidates to record answers at a one-way video interview vendor (an interview template, a participants API "
                    + "and signed webhooks, as Willo or Spark Hire offer). Recruiters see each answer's recording, its transcript "
                    + "and the vendor's ratings.",
            URI.create("https://github.com/hirestage/hirestage#one-way-video-interviews"));

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(Capability.CANCEL,
            Capability.ERASE_AT_VENDOR, Capability.CANDIDATE_LINK, Capability.EXPIRY, Capability.WEBHOOKS));

    private final Duration callTimeout;
    private volatile Setup setup;

    /** What configure built from the settings, swapped in whole so that calls under way keep theirs. */
    private record Setup(OneWaySettings settings, HttpClient http, OneWayVendorClient vendor, ParticipantReading reading,
                         ParticipantInvitations invitations, Optional<SignedWebhooks> webhooks, AcceptedWebhookEvents acceptedEvents,
                         Clock clock, System.Logger log) {
    }

    /** As PF4J makes it. */
    public OneWayVideoInterviewProvider() {
        this(CALL_TIMEOUT);
    }

    /** With another limit per vendor call, for tests of a vendor that does not answer. */
    OneWayVideoInterviewProvider(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return OneWaySettings.SCHEMA;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Set<VideoInterviewMode> modes() {
        return Set.of(VideoInterviewMode.ONE_WAY);
    }

    @Override
    public void configure(ProviderContext context) {
        OneWaySettings settings = OneWaySettings.read(context.settings());
        HttpClient http = HttpClient.newBuilder().connectTimeout(callTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        OneWayVendorClient vendor = new OneWayVendorClient(http, settings.baseUrl(), settings.apiKey(), callTimeout);
        ParticipantReading reading = new ParticipantReading(settings.scale());
        Setup before = setup;
        setup = new Setup(settings, http, vendor, reading, new ParticipantInvitations(vendor, reading, context.storage(), context.logger()),
                settings.webhooks(), new AcceptedWebhookEvents(context.storage()), context.clock(), context.logger());
        if (before != null) {
            before.http().shutdown(); // calls under way finish; no new ones start on the old client
        }
    }

    @Override
    public void close() {
        Setup last = setup;
        if (last != null) {
            last.http().shutdown();
        }
    }

    @Override
    public ConnectionCheck testConnection() {
        Setup current = setup();
        String templateId = current.settings().templateId();
        try {
            VendorAnswer template = current.vendor().interviewTemplate(templateId);
            String name = template.optionalText("name").map(text -> VendorText.shown(text, 80)).orElse(templateId);
            int questions = template.list("questions").size();
            String webhooks = current.webhooks().isPresent() ? ""
                    : ". No Webhook signing secret is set, so webhooks are refused and the portal asks the vendor for news instead";
            return ConnectionCheck.ok("Connected: interview template '" + name + "'"
                    + (questions == 0 ? "" : " with " + questions + (questions == 1 ? " question" : " questions")) + webhooks);
        } catch (ProviderException e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }

    @Override
    public LiveInterview scheduleLive(LiveInterviewRequest request) {
        throw new ProviderException("This provider runs one-way (recorded) interviews only; book live interviews with a live video provider",
                false);
    }

    @Override
    public VideoInvitation inviteOneWay(OneWayInterviewRequest request) {
        Setup current = setup();
        return current.invitations().invite(request, current.settings().templateId());
    }

    @Override
    public VideoInterviewResult result(String interviewId) {
        Setup current = setup();
        return current.reading().result(current.vendor().participant(checkedId(interviewId)));
    }

    @Override
    public void cancel(String interviewId) {
        Setup current = setup();
        if (!current.vendor().withdraw(checkedId(interviewId))) {
            current.log().log(System.Logger.Level.INFO, "The vendor knows no participant {0} any more; nothing to withdraw", interviewId);
        }
    }

    @Override
    public void eraseCandidate(String candidateEmail) {
        if (candidateEmail == null || candidateEmail.isBlank()) {
            throw new ProviderException("There is no email address to erase at the vendor", false);
        }
        setup().vendor().erase(candidateEmail.strip());
    }

    @Override
    public boolean receivesWebhooks() {
        Setup current = setup;
        return current != null && current.webhooks().isPresent();
    }

    @Override
    public List<WebhookEvent> receive(WebhookRequest request) {
        Setup current = setup;
        if (current == null) {
            throw new WebhookRejectedException("The provider is not set up yet", false);
        }
        SignedWebhooks webhooks = current.webhooks().orElseThrow(() -> new WebhookRejectedException(
                "No Webhook signing secret is set in the provider's settings, so no webhook can be trusted", true));
        Instant now = current.clock().instant();
        SignedWebhooks.Delivery delivery = webhooks.verify(request, now);
        if (!EVENT_TYPES.contains(delivery.eventType())) {
            current.log().log(System.Logger.Level.DEBUG, "Webhook {0} of type {1} changes nothing the portal shows; acknowledged",
                    delivery.eventId(), VendorText.shown(delivery.eventType(), 60));
            return List.of();
        }
        if (!current.invitations().invitedHere(delivery.participantId())) {
            current.log().log(System.Logger.Level.INFO, "Webhook {0} is about participant {1}, whom this portal did not invite "
                    + "(another system on the same vendor account?); acknowledged and ignored", delivery.eventId(), delivery.participantId());
            return List.of();
        }
        if (!current.acceptedEvents().accept(delivery, now)) {
            current.log().log(System.Logger.Level.DEBUG, "Webhook {0} was delivered again; the portal ignores the repeat", delivery.eventId());
        }
        return List.of(new WebhookEvent(delivery.eventId(), delivery.participantId(), delivery.eventType()));
    }

    private static String checkedId(String interviewId) {
        if (!VendorText.isSafeId(interviewId)) {
            throw new ProviderException("'" + VendorText.shown(String.valueOf(interviewId), 40) + "' is not a participant id of this vendor",
                    false);
        }
        return interviewId;
    }

    private Setup setup() {
        Setup current = setup;
        if (current == null) {
            throw new ProviderException("The provider is not set up", false);
        }
        return current;
    }
}
