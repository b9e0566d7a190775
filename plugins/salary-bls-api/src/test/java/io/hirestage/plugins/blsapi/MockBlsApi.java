package io.hirestage.plugins.blsapi;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The BLS Public Data API v2 over real HTTP, as BLS documents and answers it: {@code POST
 * /publicAPI/v2/timeseries/data/} with {@code {"seriesid": [...], "registrationkey": "..."}}, answered
 * with HTTP 200 and {@code {"status", "responseTime", "message", "Results": {"series": [...]}}}. A
 * series it does not publish comes back without data and with BLS's message "Series does not exist
 * for Series …"; a wrong key or a spent daily allowance is {@code REQUEST_NOT_PROCESSED} with BLS's
 * message, which repeats the key as BLS's does. It keeps every request body, so tests can check the
 * series and key sent and count the requests.
 */
final class MockBlsApi extends Dispatcher {

    static final String REGISTRATION_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String YEAR = "2025";
    /** Software Developers, nationally: BLS's May 2025 estimates (annual as published; hourly is annual / 2080). */
    static final Map<String, String> SOFTWARE_DEVELOPERS_NATIONAL = Map.ofEntries(
            Map.entry("OEUN000000000000015125201", "1687890"),
            Map.entry("OEUN000000000000015125204", "148100"),
            Map.entry("OEUN000000000000015125211", "82460"),
            Map.entry("OEUN000000000000015125212", "105210"),
            Map.entry("OEUN000000000000015125213", "135980"),
            Map.entry("OEUN000000000000015125214", "171980"),
            Map.entry("OEUN000000000000015125215", "214670"),
            Map.entry("OEUN000000000000015125203", "71.20"),
            Map.entry("OEUN000000000000015125206", "39.64"),
            Map.entry("OEUN000000000000015125207", "50.58"),
            Map.entry("OEUN000000000000015125208", "65.38"),
            Map.entry("OEUN000000000000015125209", "82.68"),
            Map.entry("OEUN000000000000015125210", "103.21"));
    /** Software Developers in California (FIPS 06). */
    static final Map<String, String> SOFTWARE_DEVELOPERS_CALIFORNIA = Map.ofEntries(
            Map.entry("OEUS060000000000015125201", "284390"),
            Map.entry("OEUS060000000000015125204", "186770"),
            Map.entry("OEUS060000000000015125211", "105060"),
            Map.entry("OEUS060000000000015125212", "136990"),
            Map.entry("OEUS060000000000015125213", "174410"),
            Map.entry("OEUS060000000000015125214", "216670"),
            Map.entry("OEUS060000000000015125215", "272670"));
    /** Software Developers in Alaska (FIPS 02): BLS estimated the employment but released no wage ("-"). */
    static final Map<String, String> SOFTWARE_DEVELOPERS_ALASKA = Map.ofEntries(
            Map.entry("OEUS020000000000015125201", "530"),
            Map.entry("OEUS020000000000015125204", "-"),
            Map.entry("OEUS020000000000015125211", "-"),
            Map.entry("OEUS020000000000015125212", "-"),
            Map.entry("OEUS020000000000015125213", "-"),
            Map.entry("OEUS020000000000015125214", "-"),
            Map.entry("OEUS020000000000015125215", "-"));
    /** The national annual median of all occupations, which "Test connection" asks for. */
    static final String ALL_OCCUPATIONS_MEDIAN = "OEUN000000000000000000013";

    final MockWebServer server = new MockWebServer();
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();
    /** When set, every call is answered with this instead (an outage, malformed JSON, …); it is still counted. */
    final AtomicReference<MockResponse> misbehaving = new AtomicReference<>();
    /** When set, BLS refuses every request with this message ("%s" stands for the key sent), as once the day's allowance is spent. */
    final AtomicReference<String> refusal = new AtomicReference<>();

    MockBlsApi() {
        reset();
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API address to set, as https://api.bls.gov/publicAPI/v2/ is for the real one. */
    String apiUrl() {
        return server.url("/publicAPI/v2/").toString();
    }

    /** Back to the published figures above, behaving, and no requests seen. */
    void reset() {
        published.clear();
        published.putAll(SOFTWARE_DEVELOPERS_NATIONAL);
        published.putAll(SOFTWARE_DEVELOPERS_CALIFORNIA);
        published.putAll(SOFTWARE_DEVELOPERS_ALASKA);
        published.put(ALL_OCCUPATIONS_MEDIAN, "49500");
        requests.clear();
        misbehaving.set(null);
        refusal.set(null);
    }

    /** Publishes a value for a series (a figure, or "-" or "*" for one BLS did not release). */
    void publish(String seriesId, String value) {
        published.put(seriesId, value);
    }

    int requestCount() {
        return requests.size();
    }

    /** The series ids of the last request. */
    @SuppressWarnings("unchecked")
    List<String> lastSeriesAskedFor() {
        return (List<String>) requests.getLast().get("seriesid");
    }

    /** The body of the last request. */
    Map<String, Object> lastRequest() {
        return requests.getLast();
    }

    void stop() throws IOException {
        server.close();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/publicAPI/v2/timeseries/data/".equals(request.getUrl().encodedPath())) {
            return new MockResponse.Builder().code(404).body("<html><body>Not Found</body></html>").build();
        }
        Map<String, Object> body;
        try {
            body = JSON.std.mapFrom(request.getBody() == null ? "" : request.getBody().utf8());
        } catch (IOException | RuntimeException e) {
            body = null;
        }
        if (body == null) {
            return notProcessed("Request could not be serviced, the JSON in the request is not valid.");
        }
        requests.add(body);
        MockResponse broken = misbehaving.get();
        if (broken != null) {
            return broken;
        }
        Object key = body.get("registrationkey");
        if (key != null && !REGISTRATION_KEY.equals(key)) {
            return notProcessed("The key: " + key + " provided by the User is invalid.");
        }
        String refused = refusal.get();
        if (refused != null) {
            return notProcessed(refused.formatted(key == null ? "" : key));
        }
        if (!(body.get("seriesid") instanceof List<?> asked) || asked.isEmpty() || asked.size() > 50
                || !asked.stream().allMatch(String.class::isInstance)) {
            return notProcessed("Request could not be serviced: seriesid must name 1 to 50 series.");
        }
        List<String> messages = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Object id : asked) {
            String value = published.get(id);
            if (value == null) {
                messages.add("Series does not exist for Series " + id);
                series.add(Map.of("seriesID", id, "data", List.of()));
            } else {
                series.add(Map.of("seriesID", id, "data", List.of(Map.of("year", YEAR, "period", "A01", "periodName", "Annual",
                        "latest", "true", "value", value, "footnotes", List.of(Map.of())))));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "REQUEST_SUCCEEDED");
        answer.put("responseTime", 57);
        answer.put("message", messages);
        answer.put("Results", Map.of("series", series));
        return json(answer);
    }

    static MockResponse notProcessed(String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "REQUEST_NOT_PROCESSED");
        answer.put("responseTime", 12);
        answer.put("message", List.of(message));
        answer.put("Results", Map.of());
        return json(answer);
    }

    static MockResponse json(Object body) {
        try {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(JSON.std.asString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
