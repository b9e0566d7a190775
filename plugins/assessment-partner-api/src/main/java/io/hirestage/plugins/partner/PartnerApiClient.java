package io.hirestage.plugins.partner;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hirestage.plugin.api.LimitedBody;
import io.hirestage.plugin.api.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The assessment partner API over HTTP: {@code GET list_tests}, {@code POST send_test},
 * {@code GET test_status}, with HTTP Basic (the customer's API key as the user name, no password).
 * Every failure becomes a {@link ProviderException} in words for the admin: the vendor's 5xx and
 * time-outs are retryable, its 4xx and answers that are not what the API documents are not.
 */
final class PartnerApiClient {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);
    /** An answer larger than this is no partner API answer; it is refused before it is parsed. */
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    PartnerApiClient(HttpClient http, URI base, String apiKey) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    List<Object> listTests() {
        return asList(call(HttpRequest.newBuilder(base.resolve("list_tests")).GET()), "list_tests");
    }

    Map<String, Object> sendTest(Map<String, Object> body) {
        try {
            return asMap(call(HttpRequest.newBuilder(base.resolve("send_test")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.std.asString(body)))), "send_test");
        } catch (IOException e) {
            throw new ProviderException("The request to the vendor could not be written: " + e.getMessage(), false, e);
        }
    }

    Map<String, Object> testStatus(String interviewId) {
        return asMap(call(HttpRequest.newBuilder(base.resolve("test_status?partner_interview_id="
                + URLEncoder.encode(interviewId, StandardCharsets.UTF_8))).GET()), "test_status");
    }

    private Object call(HttpRequest.Builder request) {
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request.timeout(CALL_TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json").build(), LimitedBody.atMost(MAX_ANSWER_BYTES));
        HttpResponse<byte[]> answer;
        try {
            // The request's own timeout ends with the headers; this one also covers a body sent slowly.
            answer = exchange.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new ProviderException("The vendor did not answer within " + CALL_TIMEOUT.toSeconds() + " seconds", true, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (LimitedBody.isTooLarge(cause)) {
                throw new ProviderException("The vendor's answer is larger than " + MAX_ANSWER_BYTES / 1024 + " KB", false, cause);
            }
            throw new ProviderException("The vendor could not be reached: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), true, cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderException("The call to the vendor was stopped", true, e);
        }
        int status = answer.statusCode();
        if (status == 401 || status == 403) {
            throw new ProviderException("The vendor refused the API key (HTTP " + status + ")", false);
        }
        if (status == 404) {
            throw new ProviderException("The vendor does not know what was asked (HTTP 404)", false);
        }
        if (status == 429 || status >= 500) {
            throw new ProviderException("The vendor is not answering properly now (HTTP " + status + ")", true);
        }
        if (status >= 400) {
            throw new ProviderException("The vendor refused the request (HTTP " + status + ")", false);
        }
        try {
            return JSON.std.anyFrom(answer.body());
        } catch (IOException | RuntimeException e) {
            throw new ProviderException("The vendor's answer is not the JSON its API documents", false, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object answer, String call) {
        if (answer instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new ProviderException("The vendor's answer to " + call + " is not an object", false);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object answer, String call) {
        if (answer instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new ProviderException("The vendor's answer to " + call + " is not a list", false);
    }
}
