package io.hirestage.plugins.partner;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A vendor speaking the assessment partner API over real HTTP, as its documentation describes it:
 * HTTP Basic with the API key as the user name, {@code GET list_tests}, {@code POST send_test},
 * {@code GET test_status}. Tests make it finish a test, or misbehave.
 */
final class MockPartnerVendor extends Dispatcher {

    static final String API_KEY = "partner-key-123";

    final MockWebServer server = new MockWebServer();
    private final Map<String, Map<String, Object>> interviews = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> sent = new ConcurrentHashMap<>();
    /** When set, every call is answered with this instead (a vendor outage, malformed JSON, …). */
    final AtomicReference<MockResponse> misbehaving = new AtomicReference<>();

    MockPartnerVendor() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return server.url("/partner/").toString();
    }

    /** The candidate finished: a score and flat metadata, as test_status then reports. */
    void complete(String interviewId, int score, Map<String, Object> metadata) {
        interviews.computeIfPresent(interviewId, (id, interview) -> Map.of("partner_status", "complete", "partner_score", score,
                "partner_profile_url", "https://vendor.example/reports/" + id, "metadata", metadata));
    }

    /** The body of the send_test call that created this interview. */
    Map<String, Object> sendTestBody(String interviewId) {
        return sent.get(interviewId);
    }

    void stop() throws IOException {
        server.close();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse broken = misbehaving.get();
        if (broken != null) {
            return broken;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.getHeaders().get("Authorization"))) {
            return json(401, Map.of("error", "unauthorized"));
        }
        String path = request.getUrl().encodedPath();
        try {
            return switch (request.getMethod() + " " + path) {
                case "GET /partner/list_tests" -> json(200, List.of(
                        Map.of("partner_test_id", "java-backend", "partner_test_name", "Java backend"),
                        Map.of("partner_test_id", "sql", "partner_test_name", "SQL and data modelling")));
                case "POST /partner/send_test" -> sendTest(request);
                case "GET /partner/test_status" -> {
                    Map<String, Object> interview = interviews.get(String.valueOf(request.getUrl().queryParameter("partner_interview_id")));
                    yield interview == null ? json(404, Map.of("error", "unknown interview")) : json(200, interview);
                }
                default -> json(404, Map.of("error", "no such endpoint"));
            };
        } catch (IOException e) {
            return json(400, Map.of("error", "malformed"));
        }
    }

    private MockResponse sendTest(RecordedRequest request) throws IOException {
        Map<String, Object> body = JSON.std.mapFrom(request.getBody().utf8());
        Object test = body.get("partner_test_id");
        if (!"java-backend".equals(test) && !"sql".equals(test)) {
            return json(404, Map.of("error", "unknown test"));
        }
        String id = "pi-" + UUID.randomUUID();
        interviews.put(id, Map.of("partner_status", "sent"));
        sent.put(id, body);
        return json(200, Map.of("partner_interview_id", id));
    }

    static MockResponse json(int status, Object body) {
        try {
            return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(JSON.std.asString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
