package io.hirestage.plugins.sandbox.assessment;

import io.hirestage.plugin.api.WebhookEvent;
import io.hirestage.plugin.api.WebhookRejectedException;
import io.hirestage.plugin.api.WebhookRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox vendor's webhook format: a form-encoded body {@code event_id=..&invitation_id=..&type=..}
 * signed with HMAC-SHA256 over the raw body, sent as {@code X-Sandbox-Signature: sha256=<hex>}.
 */
public final class SandboxWebhooks {

    /** The header that carries the signature. */
    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";

    private SandboxWebhooks() {
    }

    /** The body and signature header value the sandbox would send for an event. */
    public static Map.Entry<byte[], String> sign(String secret, String eventId, String invitationId, String type) {
        byte[] body = ("event_id=" + eventId + "&invitation_id=" + invitationId + "&type=" + type).getBytes(StandardCharsets.UTF_8);
        return Map.entry(body, "sha256=" + HexFormat.of().formatHex(hmac(secret, body)));
    }

    static List<WebhookEvent> verifyAndParse(WebhookRequest request, Optional<String> secret) {
        if (secret.isEmpty()) {
            throw new WebhookRejectedException("No webhook signing secret is set, so no webhook can be trusted", true);
        }
        byte[] body = request.body();
        String expected = "sha256=" + HexFormat.of().formatHex(hmac(secret.get(), body));
        String given = request.header(SIGNATURE_HEADER).orElse("");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw new WebhookRejectedException("The " + SIGNATURE_HEADER + " signature does not match the body", true);
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        String eventId = fields.get("event_id");
        String invitationId = fields.get("invitation_id");
        if (eventId == null || eventId.isBlank() || invitationId == null || invitationId.isBlank()) {
            throw new WebhookRejectedException("The webhook body lacks event_id or invitation_id", false);
        }
        return List.of(new WebhookEvent(eventId, invitationId, fields.getOrDefault("type", "assessment.updated")));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
