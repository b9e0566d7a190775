package io.hirestage.plugins.oneway;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The vendor's participants API over HTTP, with the API key as a Bearer token:
 * {@code GET interview_templates/{id}}, {@code POST participants}, {@code GET participants/{id}},
 * {@code DELETE participants/{id}} and {@code POST erasures}. Every failure becomes a
 * {@link ProviderException} in words for the admin: the vendor's 429 and 5xx, time-outs and a vendor
 * out of reach are retryable; its other refusals and answers that are not what the protocol
 * documents are not. Answers are read up to {@value #MAX_ANSWER_BYTES} bytes and no further.
 */
final class OneWayVendorClient {

    static final int MAX_ANSWER_BYTES = 1024 * 1024;
    /** Duplicate keys are refused: two "status" fields in one answer would make its meaning a guess. */
    static final JSON STRICT_JSON = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final Duration callTimeout;

    /**
     * @param callTimeout how long one call may take, answer included; below the portal's own limit
     *                    per call, so the admin reads the vendor's name in the reason
     */
    OneWayVendorClient(HttpClient http, URI base, String apiKey, Duration callTimeout) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = "Bearer " + apiKey;
        this.callTimeout = callTimeout;
    }

    /** The interview template, which proves the key and the template id. */
    VendorAnswer interviewTemplate(String templateId) {
        String call = "GET interview_templates/" + templateId;
        Answer answer = send(request("interview_templates/" + templateId).GET(), call);
        if (answer.status() == 404) {
            throw new ProviderException("The vendor has no interview template '" + templateId
                    + "' (HTTP 404); check Interview template id in the provider's settings", false);
        }
        return object(answer, call);
    }

    VendorAnswer createParticipant(Map<String, Object> participant) {
        String call = "POST participants";
        return object(send(request("participants").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(participant, call))), call), call);
    }

    VendorAnswer participant(String participantId) {
        String call = "GET participants/" + participantId;
        Answer answer = send(request("participants/" + participantId).GET(), call);
        if (answer.status() == 404) {
            throw new ProviderException("The vendor knows no participant '" + participantId
                    + "' (HTTP 404): erased at the vendor, or invited with other settings", false);
        }
        return object(answer, call);
    }

    /**
     * Withdraws the participant's invitation.
     *
     * @return {@code false} when the vendor knows no such participant (erased already), so there is nothing to withdraw
     */
    boolean withdraw(String participantId) {
        String call = "DELETE participants/" + participantId;
        Answer answer = send(request("participants/" + participantId).DELETE(), call);
        if (answer.status() == 404) {
            return false;
        }
        refuseErrors(answer, call);
        return true;
    }

    /** Has the vendor erase every participant with this email address, recordings included. */
    void erase(String email) {
        String call = "POST erasures";
        refuseErrors(send(request("erasures").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(Map.of("email", email), call))), call), call);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    /** The status and the bounded body; throws only for a vendor that did not answer. */
    private Answer send(HttpRequest.Builder builder, String call) {
        HttpRequest request = builder.timeout(callTimeout).header("Authorization", authorization)
                .header("Accept", "application/json").build();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, LimitedBody.atMost(MAX_ANSWER_BYTES));
        try {
            // The request's own timeout ends with the headers; this one also covers a body sent slowly.
            HttpResponse<byte[]> response = exchange.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(e);
        } catch (ExecutionException e) {
            Throwable cause = rootOf(e);
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(cause);
            }
            if (LimitedBody.isTooLarge(cause)) {
                throw new ProviderException("The vendor's answer to " + call + " is larger than " + MAX_ANSWER_BYTES / 1024 / 1024
                        + " MB, more than the protocol ever needs", false, cause);
            }
            throw new ProviderException("The vendor could not be reached at " + base.getHost() + " (" + cause.getClass().getSimpleName()
                    + "); check Vendor API address, or try again later", true, cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderException("The call to the vendor was stopped", true, e);
        }
    }

    private ProviderException timedOut(Throwable cause) {
        return new ProviderException("The vendor did not answer within " + readable(callTimeout), true, cause);
    }

    private VendorAnswer object(Answer answer, String call) {
        refuseErrors(answer, call);
        String what = "The vendor's answer to " + call;
        Object parsed;
        try {
            parsed = STRICT_JSON.anyFrom(answer.body());
        } catch (IOException | RuntimeException e) {
            throw new ProviderException(what + " is not JSON", false, e);
        }
        if (parsed instanceof Map<?, ?> fields) {
            return new VendorAnswer(fields, what);
        }
        throw new ProviderException(what + " is not a JSON object", false);
    }

    private static void refuseErrors(Answer answer, String call) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            throw new ProviderException("The vendor refused the API key (HTTP " + status + "); check API key in the provider's settings", false);
        }
        if (status == 429 || status >= 500) {
            throw new ProviderException("The vendor is not answering properly now (HTTP " + status + "); try again later", true);
        }
        if (status >= 400) {
            throw new ProviderException("The vendor refused " + call + " (HTTP " + status + ")" + detail(answer.body()), false);
        }
        if (status >= 300) {
            throw new ProviderException("The vendor answered " + call + " with a redirect (HTTP " + status
                    + "), which is not followed; check Vendor API address", false);
        }
    }

    /** The vendor's own reason for a refusal ("email is not valid"), cleaned, or nothing. */
    private static String detail(byte[] body) {
        try {
            if (STRICT_JSON.anyFrom(body) instanceof Map<?, ?> fields) {
                for (String field : new String[] {"detail", "message", "error"}) {
                    if (fields.get(field) instanceof String reason && !reason.isBlank()) {
                        return ": " + VendorText.shown(reason, 200);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an error page that is not JSON says nothing we can show
        }
        return "";
    }

    private static byte[] json(Map<String, Object> body, String call) {
        try {
            return STRICT_JSON.asBytes(body);
        } catch (IOException e) {
            throw new ProviderException("The request " + call + " could not be written", false, e);
        }
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        // The JDK wraps a subscriber's failure in an IOException of its own now and then; a few levels suffice.
        Throwable inner = cause;
        for (int depth = 0; inner != null && depth < 5; depth++, inner = inner.getCause()) {
            if (inner instanceof LimitedBody.TooLargeException || inner instanceof HttpTimeoutException) {
                return inner;
            }
        }
        return cause;
    }

    static String readable(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : millis + " milliseconds";
    }

    private record Answer(int status, byte[] body) {
    }
}
