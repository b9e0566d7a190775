package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.WebhookRejectedException;
import io.hirestage.plugin.api.WebhookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook delivery is the vendor's and fresh, and reads what it is about. The vendor
 * signs the exact bytes of the body with HMAC-SHA256 and the signing secret, and sends the hex
 * digest (optionally as {@code sha256=<hex>}) in the signature header; the body's {@code sent_at}
 * must lie within the tolerance of the portal's clock, so a delivery captured on the way cannot be
 * played back later. Nothing in the body is read before the signature is found right.
 */
final class SignedWebhooks {

    /** A signed, fresh delivery: what the vendor says happened to which participant. */
    record Delivery(String eventId, String eventType, String participantId, Instant sentAt) {
    }

    /** The body of one event is small; the portal refuses large bodies before this, this only keeps the parser bounded. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Visible ASCII only, at most the portal's column: the id goes into the portal's database and logs. */
    private static final Pattern EVENT_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String header;
    private final Duration tolerance;

    SignedWebhooks(String signingSecret, String header, Duration tolerance) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.header = header;
        this.tolerance = tolerance;
    }

    /**
     * The delivery, once its signature and time are right.
     *
     * @throws WebhookRejectedException for a missing or wrong signature or a delivery outside the tolerance
     *                                  (a bad signature), or a body that is not the documented JSON
     */
    Delivery verify(WebhookRequest request, Instant now) {
        byte[] body = request.body();
        if (body.length > MAX_BODY_BYTES) {
            throw new WebhookRejectedException("The webhook body is larger than " + MAX_BODY_BYTES / 1024 / 1024 + " MB", false);
        }
        String given = request.header(header).orElseThrow(() -> new WebhookRejectedException("The webhook has no " + header
                + " header, so it cannot be shown to come from the vendor; check Signature header in the provider's settings", true));
        if (!MessageDigest.isEqual(signatureOf(body), normalised(given))) {
            throw new WebhookRejectedException("The webhook's " + header + " does not match its body: it was signed with another "
                    + "secret than Webhook signing secret, or changed on the way", true);
        }
        Delivery delivery = read(body);
        Duration off = Duration.between(delivery.sentAt(), now).abs();
        if (off.compareTo(tolerance) > 0) {
            throw new WebhookRejectedException("The webhook " + delivery.eventId() + " was sent at " + delivery.sentAt() + ", "
                    + off.toSeconds() + " seconds from the portal's time, more than the " + tolerance.toSeconds()
                    + " seconds Webhook time tolerance allows: an old delivery played back, or the vendor's or the portal's clock is wrong", true);
        }
        return delivery;
    }

    /** What the vendor puts in the header for this body: the lower-case hex HMAC-SHA256. */
    byte[] signatureOf(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** The header's hex, without an optional {@code sha256=} and in lower case, as bytes to compare. */
    private static byte[] normalised(String given) {
        String hex = given.strip();
        if (hex.regionMatches(true, 0, "sha256=", 0, 7)) {
            hex = hex.substring(7);
        }
        return hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    }

    private static Delivery read(byte[] body) {
        Object parsed;
        try {
            parsed = OneWayVendorClient.STRICT_JSON.anyFrom(body);
        } catch (IOException | RuntimeException e) {
            throw new WebhookRejectedException("The webhook body is not JSON", false);
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            throw new WebhookRejectedException("The webhook body is not a JSON object", false);
        }
        try {
            VendorAnswer event = new VendorAnswer(fields, "The webhook body");
            String eventId = event.text("event_id");
            if (!EVENT_ID.matcher(eventId).matches()) {
                throw new WebhookRejectedException("The webhook's event_id is longer than 200 characters or holds spaces or control characters", false);
            }
            String eventType = event.text("event_type");
            VendorAnswer participant = event.object("participant", "The webhook body's participant");
            String participantId = ParticipantReading.participantId(participant);
            return new Delivery(eventId, eventType, participantId, event.instant("sent_at"));
        } catch (ProviderException e) {
            throw new WebhookRejectedException(e.getMessage(), false);
        }
    }
}
