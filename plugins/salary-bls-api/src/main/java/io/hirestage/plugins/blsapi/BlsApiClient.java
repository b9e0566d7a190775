package io.hirestage.plugins.blsapi;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hirestage.plugin.api.LimitedBody;
import io.hirestage.plugin.api.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BLS Public Data API v2 over HTTP: {@code POST timeseries/data/} with
 * {@code {"seriesid": [...], "registrationkey": "..."}} (the key only when one is set), answered with
 * {@code {"status", "message": [...], "Results": {"series": [{"seriesID", "data": [{"year",
 * "period", "value", ...}]}]}}}. No years are sent: BLS then answers with its most recent data, and
 * OEWS keeps only its latest estimates there.
 *
 * <p>BLS reports most refusals with HTTP 200 and {@code REQUEST_NOT_PROCESSED}; its messages are
 * passed on in words, without the registration key, which BLS sometimes repeats in them. Time-outs,
 * HTTP 429 and 5xx are retryable; everything else is not. Answers are read up to 1 MB and in the call
 * time limit, whatever the server does.
 */
final class BlsApiClient {

    /** The most series one request may name: 50 with a registration key, 25 without; kept to 25 so it works either way. */
    static final int MAX_SERIES_PER_REQUEST = 25;
    static final int MAX_ANSWER_BYTES = 1024 * 1024;
    private static final int MAX_MESSAGES_SHOWN = 3;
    private static final int MAX_MESSAGE_LENGTH = 300;
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}+");

    private final HttpClient http;
    private final URI endpoint;
    private final String registrationKey;
    private final Duration callTimeout;

    /**
     * @param apiAddress      the API's base address, for example {@code https://api.bls.gov/publicAPI/v2/}
     * @param registrationKey the key, or {@code null} to ask without one
     */
    BlsApiClient(HttpClient http, URI apiAddress, String registrationKey, Duration callTimeout) {
        this.http = http;
        URI base = apiAddress.toString().endsWith("/") ? apiAddress : URI.create(apiAddress + "/");
        this.endpoint = base.resolve("timeseries/data/");
        this.registrationKey = registrationKey;
        this.callTimeout = callTimeout;
    }

    boolean hasRegistrationKey() {
        return registrationKey != null;
    }

    /**
     * The observations of each series BLS knows, by series id; a series BLS does not have is missing
     * from the map (BLS says so in a message, which is not an error).
     *
     * @throws ProviderException when BLS cannot be reached, refuses, or answers outside its documented format
     */
    Map<String, List<BlsObservation>> timeseries(List<String> seriesIds) {
        if (seriesIds.isEmpty() || seriesIds.size() > MAX_SERIES_PER_REQUEST) {
            throw new IllegalArgumentException("A request names 1 to " + MAX_SERIES_PER_REQUEST + " series, not " + seriesIds.size());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("seriesid", seriesIds);
        if (registrationKey != null) {
            request.put("registrationkey", registrationKey);
        }
        return read(post(request));
    }

    private byte[] post(Map<String, Object> request) {
        HttpRequest call;
        try {
            call = HttpRequest.newBuilder(endpoint).timeout(callTimeout).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.std.asString(request))).build();
        } catch (IOException e) {
            throw new ProviderException("The request to BLS could not be written", false, e);
        }
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(call, LimitedBody.atMost(MAX_ANSWER_BYTES));
        HttpResponse<byte[]> response;
        try {
            // The whole answer, body included, within the time limit: HttpRequest.timeout alone stops at the headers.
            response = answer.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw notInTime(e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderException("The call to BLS was stopped", true, e);
        } catch (ExecutionException e) {
            throw unreachable(e.getCause());
        }
        requireSuccess(response.statusCode());
        return response.body();
    }

    private ProviderException unreachable(Throwable cause) {
        if (LimitedBody.isTooLarge(cause)) {
            return new ProviderException("BLS's answer is larger than " + MAX_ANSWER_BYTES / (1024 * 1024)
                    + " MB, far more than any OEWS answer, so it was not read", false, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return notInTime(cause);
        }
        return new ProviderException("The BLS Public Data API could not be reached (" + cause.getClass().getSimpleName()
                + "); check the API address and this server's network", true, cause);
    }

    private ProviderException notInTime(Throwable cause) {
        return new ProviderException("The BLS Public Data API did not answer within " + readable(callTimeout), true, cause);
    }

    private static void requireSuccess(int status) {
        if (status >= 200 && status < 300) {
            return;
        }
        if (status == 429 || status >= 500) {
            throw new ProviderException("The BLS Public Data API is not answering properly now (HTTP " + status + ")", true);
        }
        if (status == 404) {
            throw new ProviderException("The API address does not lead to the BLS Public Data API (HTTP 404); check the API address", false);
        }
        if (status >= 300 && status < 400) {
            throw new ProviderException("The API address sends requests elsewhere (HTTP " + status + "); enter the address it leads to", false);
        }
        throw new ProviderException("BLS refused the request (HTTP " + status + "); check the API address and the registration key", false);
    }

    private Map<String, List<BlsObservation>> read(byte[] body) {
        Object parsed;
        try {
            parsed = JSON.std.anyFrom(body);
        } catch (IOException | RuntimeException e) {
            throw new ProviderException("BLS's answer is not the JSON its API documents", false, e);
        }
        if (!(parsed instanceof Map<?, ?> answer)) {
            throw new ProviderException("BLS's answer is not the JSON its API documents", false);
        }
        if (!(answer.get("status") instanceof String status)) {
            throw missing("status");
        }
        List<String> messages = messages(answer.get("message"));
        return switch (status) {
            case "REQUEST_SUCCEEDED" -> series(answer, messages);
            case "REQUEST_NOT_PROCESSED" -> {
                if (onlyAboutUnknownSeries(messages)) {
                    yield Map.of();
                }
                throw notProcessed(messages);
            }
            default -> throw new ProviderException("BLS answered with a status its API does not document: " + shown(status), false);
        };
    }

    private static Map<String, List<BlsObservation>> series(Map<?, ?> answer, List<String> messages) {
        Object series = answer.get("Results") instanceof Map<?, ?> results ? results.get("series") : null;
        if (!(series instanceof List<?> entries)) {
            if (onlyAboutUnknownSeries(messages)) {
                return Map.of();
            }
            throw missing("Results.series");
        }
        Map<String, List<BlsObservation>> bySeries = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> one)) {
                throw missing("Results.series[].seriesID");
            }
            String seriesId = text(one, "seriesID", "Results.series[].seriesID");
            if (!(one.get("data") instanceof List<?> points)) {
                throw missing("Results.series[].data");
            }
            List<BlsObservation> observations = new ArrayList<>();
            for (Object point : points) {
                if (!(point instanceof Map<?, ?> observation)) {
                    throw missing("Results.series[].data[].value");
                }
                observations.add(new BlsObservation(text(observation, "year", "Results.series[].data[].year"),
                        text(observation, "period", "Results.series[].data[].period"),
                        text(observation, "value", "Results.series[].data[].value")));
            }
            bySeries.putIfAbsent(seriesId, List.copyOf(observations));
        }
        return bySeries;
    }

    /** "Series does not exist for Series …" and "No Data Available for Series …" are BLS's words for a series it has not. */
    private static boolean onlyAboutUnknownSeries(List<String> messages) {
        return !messages.isEmpty() && messages.stream().map(message -> message.strip().toLowerCase(Locale.ROOT))
                .allMatch(message -> message.startsWith("series does not exist") || message.startsWith("no data available for series"));
    }

    private ProviderException notProcessed(List<String> messages) {
        String reason = messages.isEmpty() ? "it gave no reason." : shown(messages);
        String lower = reason.toLowerCase(Locale.ROOT);
        StringBuilder said = new StringBuilder("BLS did not process the request: ").append(reason);
        if (!reason.endsWith(".")) {
            said.append('.');
        }
        if (lower.contains("threshold") || lower.contains("exceeded")) {
            said.append(" Figures fetched before stay available; BLS takes new requests again the next day.");
            if (!hasRegistrationKey()) {
                said.append(" Without a registration key BLS allows 25 requests a day; with one, 500.");
            }
        } else if (lower.contains("key")) {
            said.append(" Check the registration key in this provider's settings.");
        }
        return new ProviderException(said.toString(), false);
    }

    private static List<String> messages(Object field) {
        if (!(field instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).filter(message -> !message.isBlank()).toList();
    }

    private String shown(List<String> messages) {
        List<String> shown = messages.stream().limit(MAX_MESSAGES_SHOWN).map(this::shown).toList();
        return String.join(" ", shown) + (messages.size() > MAX_MESSAGES_SHOWN ? " (and " + (messages.size() - MAX_MESSAGES_SHOWN) + " more)" : "");
    }

    /** BLS's words, fit to show: no registration key (BLS repeats it in some messages), no control characters, not too long. */
    private String shown(String message) {
        String text = CONTROL_CHARACTERS.matcher(message).replaceAll(" ").strip();
        if (registrationKey != null) {
            text = Pattern.compile(Pattern.quote(registrationKey), Pattern.CASE_INSENSITIVE).matcher(text)
                    .replaceAll(Matcher.quoteReplacement("(your registration key)"));
        }
        return text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH) + "…" : text;
    }

    private static String text(Map<?, ?> object, String field, String path) {
        Object value = object.get(field);
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        throw missing(path);
    }

    private static ProviderException missing(String field) {
        return new ProviderException("BLS's answer lacks " + field + ", which its API documents", false);
    }

    private static String readable(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " milliseconds";
        }
        long seconds = millis / 1000;
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
