package io.hirestage.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A login of its own over plain HTTP through the login form, as a second browser (another device)
 * would have: cheaper than a second Chromium, and it asks the server the one thing the tests need,
 * whether this session still lets its user in.
 */
final class HttpLogin {

    private final String baseUrl;
    private final HttpClient client;

    private HttpLogin(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpLogin logIn(String baseUrl, String username, String password) {
        HttpLogin login = new HttpLogin(baseUrl);
        // As the login form does: the CSRF token Vaadin writes into the login page goes along.
        String page = login.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new AssertionError("The login page has no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = login.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("The login of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return login;
    }

    /** Whether the portal's home page opens in this session, rather than sending it to the login page. */
    boolean isLoggedIn() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/")).GET()).statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
