package io.hirestage.plugins.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Jitsi Meet server over real HTTP, as far as this plugin meets one: it serves
 * {@code external_api.js} beside its rooms, and admits someone who opens a room's link as Jitsi's
 * token authentication does. Without sign-in anyone gets in. A self-hosted server (Prosody's token
 * module) checks an HS256 pass against its app secret, app id ({@code iss}), accepted audience
 * ({@code aud}), domain ({@code sub}), the room and the pass's times. JaaS serves rooms under the
 * AppID ({@code /vpaas-magic-cookie-…/room}) and checks an RS256 pass with the public key of the API
 * key named in {@code kid}, {@code iss} "chat", {@code aud} "jitsi" and {@code sub} the AppID. Tests
 * switch its sign-in, move its clock, or make it misbehave.
 */
final class MockJitsiServer extends Dispatcher implements AutoCloseable {

    /** Someone the server let into a room, with what their pass said about them. */
    record Admission(String room, String name, String email, boolean moderator) {
    }

    private sealed interface SignInRule permits Anyone, SelfHosted, Jaas {
    }

    private record Anyone() implements SignInRule {
    }

    private record SelfHosted(String appId, String audience, String secret, String domain) implements SignInRule {
    }

    private record Jaas(String appId, String keyId, RSAPublicKey publicKey) implements SignInRule {
    }

    final MockWebServer server = new MockWebServer();
    /** When set, every call is answered with this instead: an outage, a redirect, a server that never answers. */
    final AtomicReference<MockResponse> misbehaving = new AtomicReference<>();
    private final List<Admission> admissions = new CopyOnWriteArrayList<>();
    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();
    private volatile SignInRule rule = new Anyone();
    private volatile Clock clock = Clock.systemUTC();

    MockJitsiServer() {
        server.setDispatcher(this);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's address, as an admin enters it. */
    String address() {
        return "http://127.0.0.1:" + server.getPort();
    }

    void letAnyoneIn() {
        rule = new Anyone();
    }

    void checkSelfHostedPasses(String appId, String audience, String secret) {
        rule = new SelfHosted(appId, audience, secret, "127.0.0.1");
    }

    void checkJaasPasses(String appId, String keyId, RSAPublicKey publicKey) {
        rule = new Jaas(appId, keyId, publicKey);
    }

    /** The clock the server checks passes' times with: the test's, so tests can move it. */
    void useClock(Clock testClock) {
        clock = testClock;
    }

    List<Admission> admissions() {
        return List.copyOf(admissions);
    }

    /** The path of every request the server received, oldest first. */
    List<String> requestedPaths() {
        return List.copyOf(requestedPaths);
    }

    /** Opens a join link as a browser does: the part after {@code #} stays in the browser. */
    static HttpResponse<String> open(URI link) {
        try (HttpClient browser = HttpClient.newHttpClient()) {
            return browser.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requestedPaths.add(request.getUrl().encodedPath());
        MockResponse broken = misbehaving.get();
        if (broken != null) {
            return broken;
        }
        if (!"GET".equals(request.getMethod())) {
            return text(405, "Method not allowed");
        }
        String path = request.getUrl().encodedPath();
        String base = rule instanceof Jaas jaas ? "/" + jaas.appId() : "";
        if (!path.startsWith(base + "/")) {
            return text(404, "Not found");
        }
        String rest = path.substring(base.length() + 1);
        if (rest.equals("external_api.js")) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/javascript")
                    .body("function JitsiMeetExternalAPI(domain, options) { /* the IFrame API */ }").build();
        }
        if (rest.isEmpty() || rest.contains("/")) {
            return text(404, "Not found");
        }
        return enter(rest, request.getUrl().queryParameter("jwt"));
    }

    private MockResponse enter(String room, String jwt) {
        if (rule instanceof Anyone) {
            admissions.add(new Admission(room, null, null, false));
            return text(200, "Welcome to " + room);
        }
        if (jwt == null) {
            return text(401, "This room needs a token");
        }
        try {
            SignedJWT token = SignedJWT.parse(jwt);
            String problem = problemWith(token, room);
            if (problem != null) {
                return text(403, problem);
            }
            Map<String, Object> user = user(token.getJWTClaimsSet());
            Admission admission = new Admission(room, (String) user.get("name"), (String) user.get("email"),
                    Boolean.TRUE.equals(user.get("moderator")));
            admissions.add(admission);
            return text(200, "Welcome to " + room + ", " + admission.name() + (admission.moderator() ? " (moderator)" : " (guest)"));
        } catch (ParseException | JOSEException | ClassCastException e) {
            return text(403, "Malformed token: " + e.getMessage());
        }
    }

    private String problemWith(SignedJWT token, String room) throws ParseException, JOSEException {
        JWTClaimsSet claims = token.getJWTClaimsSet();
        String issuer;
        String audience;
        String subject;
        JWSVerifier verifier;
        switch (rule) {
            case SelfHosted selfHosted -> {
                if (!JWSAlgorithm.HS256.equals(token.getHeader().getAlgorithm())) {
                    return "Expected HS256";
                }
                verifier = new MACVerifier(selfHosted.secret().getBytes(StandardCharsets.UTF_8));
                issuer = selfHosted.appId();
                audience = selfHosted.audience();
                subject = selfHosted.domain();
            }
            case Jaas jaas -> {
                if (!JWSAlgorithm.RS256.equals(token.getHeader().getAlgorithm()) || !jaas.keyId().equals(token.getHeader().getKeyID())) {
                    return "Unknown API key " + token.getHeader().getKeyID();
                }
                verifier = new RSASSAVerifier(jaas.publicKey());
                issuer = "chat";
                audience = "jitsi";
                subject = jaas.appId();
            }
            case Anyone anyone -> {
                return null;
            }
        }
        if (!token.verify(verifier)) {
            return "Bad signature";
        }
        Instant now = clock.instant();
        if (claims.getNotBeforeTime() != null && now.isBefore(claims.getNotBeforeTime().toInstant())) {
            return "Token not valid yet";
        }
        if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
            return "Token expired";
        }
        if (!issuer.equals(claims.getIssuer()) || !claims.getAudience().contains(audience) || !subject.equals(claims.getSubject())) {
            return "Token for another app";
        }
        if (!room.equals(claims.getStringClaim("room"))) {
            return "Token for another room";
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> user(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> context = claims.getJSONObjectClaim("context");
        return context == null ? Map.of() : (Map<String, Object>) context.getOrDefault("user", Map.of());
    }

    private static MockResponse text(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "text/plain; charset=utf-8").body(body).build();
    }
}
