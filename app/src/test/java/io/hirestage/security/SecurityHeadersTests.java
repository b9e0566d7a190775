package io.hirestage.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the browser is told with every page over plain HTTP (the local run): see {@link ForwardedHttpsTests} for HTTPS. */
@PortalOnRandomPort
class SecurityHeadersTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theLoginPageComesWithTheContentSecurityReferrerAndPermissionsPolicies() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNoSessionIdIsPutInAUrl() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aLoginPostedWithoutTheCsrfTokenDoesNotLogIn() throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + DemoUsers.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = posted.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElseThrow();

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(home.statusCode()).as("the session is not logged in").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
