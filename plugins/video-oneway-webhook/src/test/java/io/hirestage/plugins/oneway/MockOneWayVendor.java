package io.hirestage.plugins.oneway;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hirestage.plugin.api.WebhookRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A one-way video interview vendor speaking the participants API over real HTTP, as the plugin's
 * README documents it: Bearer API key; {@code GET interview_templates/{id}}, {@code POST participants}
 * (a repeated {@code reference} answers the same participant), {@code GET} and {@code DELETE
 * participants/{id}}, {@code POST erasures}; and webhooks signed as the vendor signs them
 * (HMAC-SHA256 of the raw body, hex in {@code X-Webhook-Signature}). Tests make the candidate answer,
 * the vendor rate or expire, or the vendor misbehave.
 */
final class MockOneWayVendor extends Dispatcher implements AutoCloseable {

    static final String API_KEY = "vendor-key-7f3a";
    static final String TEMPLATE_ID = "tpl-backend-screening";
    static final String SIGNING_SECRET = "whsec-5b1e9c";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Map<String, Object>> participants = new ConcurrentHashMap<>();
    private final Map<String, String> idByReference = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> created = new ConcurrentHashMap<>();
    private final AtomicInteger participantsMade = new AtomicInteger();
    private final AtomicInteger erasures = new AtomicInteger();
    /** When set, every call is answered with this instead (an outage, malformed JSON, a slow answer, …). */
    final AtomicReference<MockResponse> misbehaving = new AtomicReference<>();

    MockOneWayVendor() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return server.url("/v1/").toString();
    }

    /** Settings that make the provider work against this vendor. */
    Map<String, String> settings() {
        return Map.of(OneWaySettings.BASE_URL, baseUrl(), OneWaySettings.API_KEY, API_KEY, OneWaySettings.TEMPLATE_ID, TEMPLATE_ID,
                OneWaySettings.SIGNING_SECRET, SIGNING_SECRET);
    }

    /** How many participants the vendor made (a repeated reference makes none). */
    int participantsMade() {
        return participantsMade.get();
    }

    /** The body of the POST participants call that made this participant. */
    Map<String, Object> creationBody(String participantId) {
        return created.get(participantId);
    }

    /** The candidate recorded an answer to every question; not rated yet. */
    void submit(String participantId) {
        update(participantId, participant -> {
            List<Map<String, Object>> responses = new ArrayList<>();
            List<?> questions = (List<?>) created.get(participantId).get("questions");
            for (int n = 0; n < questions.size(); n++) {
                responses.add(Map.of("question", questions.get(n), "media_url",
                        "https://media.vendor.example/participants/" + participantId + "/answers/" + (n + 1) + ".mp4",
                        "transcript", "My answer to: " + questions.get(n), "duration", 60 + n));
            }
            participant.put("status", "submitted");
            participant.put("responses", responses);
        });
    }

    /** The reviewers rated the answers, on the vendor's scale of 0 to 5. */
    void rate(String participantId, Number score, Map<String, Number> competencies) {
        submit(participantId);
        update(participantId, participant -> {
            participant.put("status", "rated");
            participant.put("score", score);
            participant.put("ratings", competencies.entrySet().stream()
                    .map(rating -> Map.of("competency", rating.getKey(), "score", rating.getValue())).toList());
        });
    }

    void setStatus(String participantId, String status) {
        update(participantId, participant -> participant.put("status", status));
    }

    /** A webhook as the vendor sends it, signed with its secret in its header. */
    WebhookRequest webhook(String eventId, String eventType, String participantId, Instant sentAt) {
        Map<String, Object> participant = new LinkedHashMap<>(participants.getOrDefault(participantId, Map.of("status", "invited")));
        participant.put("id", participantId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event_id", eventId);
        body.put("event_type", eventType);
        body.put("sent_at", sentAt.toString());
        body.put("participant", participant);
        return signed(json(body));
    }

    /** Any body, signed as the vendor signs: {@code X-Webhook-Signature: sha256=<hex of HMAC-SHA256(secret, body)>}. */
    static WebhookRequest signed(byte[] body) {
        return new WebhookRequest(Map.of("X-Webhook-Signature", List.of("sha256=" + hmacHex(SIGNING_SECRET, body))), body);
    }

    static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    int erasures() {
        return erasures.get();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse broken = misbehaving.get();
        if (broken != null) {
            return broken;
        }
        if (!("Bearer " + API_KEY).equals(request.getHeaders().get("Authorization"))) {
            return json(401, Map.of("detail", "Invalid API key"));
        }
        List<String> path = request.getUrl().pathSegments();
        if (path.size() < 2 || !path.getFirst().equals("v1")) {
            return json(404, Map.of("detail", "No such endpoint"));
        }
        String route = request.getMethod() + " " + path.get(1) + (path.size() > 2 ? "/{id}" : "");
        String id = path.size() > 2 ? path.get(2) : null;
        return switch (route) {
            case "GET interview_templates/{id}" -> TEMPLATE_ID.equals(id)
                    ? json(200, Map.of("id", TEMPLATE_ID, "name", "Backend screening", "questions", List.of(
                            Map.of("text", "Why this team?"), Map.of("text", "Tell us about a hard bug"))))
                    : json(404, Map.of("detail", "Not found"));
            case "POST participants" -> create(request);
            case "GET participants/{id}" -> participants.containsKey(id) ? json(200, participants.get(id)) : json(404, Map.of("detail", "Not found"));
            case "DELETE participants/{id}" -> {
                if (!participants.containsKey(id)) {
                    yield json(404, Map.of("detail", "Not found"));
                }
                setStatus(id, "withdrawn");
                yield new MockResponse.Builder().code(204).build();
            }
            case "POST erasures" -> erase(request);
            default -> json(404, Map.of("detail", "No such endpoint"));
        };
    }

    private MockResponse create(RecordedRequest request) {
        Map<String, Object> body;
        try {
            body = JSON.std.mapFrom(request.getBody().utf8());
        } catch (IOException e) {
            return json(400, Map.of("detail", "Malformed JSON"));
        }
        if (!TEMPLATE_ID.equals(body.get("interview_template_id"))) {
            return json(422, Map.of("detail", "interview_template_id is not a template of this account"));
        }
        if (!(body.get("email") instanceof String email) || !email.contains("@")) {
            return json(422, Map.of("detail", "email is not a valid email address"));
        }
        String reference = (String) body.get("reference");
        String existing = reference == null ? null : idByReference.get(reference);
        if (existing != null && participants.containsKey(existing)) {
            return json(200, participants.get(existing));
        }
        String id = "p_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("id", id);
        participant.put("reference", reference);
        participant.put("email", email);
        participant.put("status", "invited");
        participant.put("invite_url", "https://interview.vendor.example/i/" + id);
        participant.put("expires_at", body.getOrDefault("deadline", Instant.parse("2026-02-01T00:00:00Z").toString()));
        participants.put(id, participant);
        created.put(id, body);
        if (reference != null) {
            idByReference.put(reference, id);
        }
        participantsMade.incrementAndGet();
        return json(201, participant);
    }

    private MockResponse erase(RecordedRequest request) {
        try {
            String email = String.valueOf(JSON.std.mapFrom(request.getBody().utf8()).get("email")).toLowerCase(Locale.ROOT);
            participants.values().removeIf(participant -> email.equals(String.valueOf(participant.get("email")).toLowerCase(Locale.ROOT)));
            erasures.incrementAndGet();
            return json(202, Map.of("status", "accepted"));
        } catch (IOException e) {
            return json(400, Map.of("detail", "Malformed JSON"));
        }
    }

    private void update(String participantId, java.util.function.Consumer<Map<String, Object>> change) {
        participants.computeIfPresent(participantId, (id, participant) -> {
            Map<String, Object> copy = new LinkedHashMap<>(participant);
            change.accept(copy);
            return copy;
        });
    }

    static MockResponse json(int status, Object body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(new String(json(body), StandardCharsets.UTF_8)).build();
    }

    static byte[] json(Object body) {
        try {
            return JSON.std.asBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response the vendor sends only after a while. */
    static MockResponse slow(Duration headersAfter) {
        return new MockResponse.Builder().code(200).body("{}").headersDelay(headersAfter.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .build();
    }
}
