package io.hirestage.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A vendor's answer over real HTTP, read up to a limit. */
class LimitedBodyTests {

    private static HttpServer vendor;

    @BeforeAll
    static void vendorSendsTwoKilobytesWithoutSayingHowMany() throws IOException {
        vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vendor.createContext("/answer", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced, so only counting can stop it
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 2048; i++) {
                    body.write('x');
                }
            }
        });
        vendor.start();
    }

    @AfterAll
    static void stopVendor() {
        vendor.stop(0);
    }

    @Test
    void anAnswerWithinTheLimitIsReadWhole() throws Exception {
        assertThat(fetch(4096)).hasSize(2048);
    }

    @Test
    void anAnswerOverTheLimitFailsAndSaysSo() {
        assertThatThrownBy(() -> fetch(1024)).isInstanceOf(ExecutionException.class)
                .satisfies(failure -> assertThat(LimitedBody.isTooLarge(failure)).isTrue())
                .hasRootCauseMessage("The answer is larger than 1024 bytes");
    }

    private static byte[] fetch(int limit) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + vendor.getAddress().getPort() + "/answer")).build(),
                    LimitedBody.atMost(limit)).get(10, TimeUnit.SECONDS).body();
        }
    }
}
