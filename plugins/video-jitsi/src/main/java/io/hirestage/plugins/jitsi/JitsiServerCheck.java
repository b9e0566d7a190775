package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ConnectionCheck;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Asks a Jitsi Meet server whether it serves meetings at the configured address: a GET of
 * {@code external_api.js}, the script every Jitsi Meet deployment (meet.jit.si, a self-hosted server,
 * JaaS under the AppID) serves beside its rooms. Only the status counts: the body is never read, so
 * a server that answers with endless data costs nothing.
 */
final class JitsiServerCheck {

    private final HttpClient http;
    private final Duration timeout;

    JitsiServerCheck(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** What the server at {@code meetingsBase} answered, in words for the admin. */
    ConnectionCheck check(String meetingsBase) {
        URI script = URI.create(meetingsBase + "/external_api.js");
        String where = "The Jitsi server at " + script.getHost();
        HttpRequest request = HttpRequest.newBuilder(script).timeout(timeout).GET().build();
        int status;
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = answer.statusCode();
            answer.body().close();
        } catch (HttpTimeoutException e) {
            return ConnectionCheck.failed(where + " did not answer within " + readable(timeout) + "; check the address "
                    + "and that the server is running");
        } catch (IOException e) {
            return ConnectionCheck.failed(where + " could not be reached (" + e.getClass().getSimpleName() + "); check the address and "
                    + "that this machine may connect to it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectionCheck.failed("The test was stopped before " + script.getHost() + " answered");
        }
        if (status == 200) {
            return ConnectionCheck.ok(where + " answered: it serves Jitsi Meet");
        }
        if (status >= 300 && status < 400) {
            return ConnectionCheck.failed(where + " sends visitors elsewhere (HTTP " + status + "); enter the address Jitsi Meet is "
                    + "served at");
        }
        if (status == 404) {
            return ConnectionCheck.failed(where + " answered, but serves no Jitsi Meet at this address (HTTP 404 for "
                    + "external_api.js); check the address" + (meetingsBase.contains("/vpaas-magic-cookie-") ? " and the App ID" : ""));
        }
        return ConnectionCheck.failed(where + " answered with an error (HTTP " + status + "); try again later, or ask whoever runs it");
    }

    private static String readable(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + (millis == 1000 ? " second" : " seconds") : millis + " milliseconds";
    }
}
