package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.ConnectionCheck;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The bundled assessment-partner-api plugin, as built (its packed JSON library inside), in the
 * portal: set up from the console, its connection test tells the truth, and an invitation's vendor
 * id lands in the portal's storage. The vendor is a small HTTP server speaking the partner API.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PartnerPluginInPortalTests {

    private static final String KEY = "k-" + UUID.randomUUID();
    private static HttpServer vendor;

    @Autowired
    ProviderConsole console;

    @Autowired
    ProviderCalls calls;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void vendorSpeaksThePartnerApi() throws IOException {
        vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vendor.createContext("/partner/list_tests", exchange -> answer(exchange,
                "[{\"partner_test_id\": \"java\", \"partner_test_name\": \"Java backend\"}, {\"partner_test_id\": \"sql\", "
                        + "\"partner_test_name\": \"SQL\"}]"));
        vendor.createContext("/partner/send_test", exchange -> answer(exchange, "{\"partner_interview_id\": \"pi-" + UUID.randomUUID() + "\"}"));
        vendor.start();
    }

    @AfterAll
    static void stopVendor() {
        vendor.stop(0);
    }

    @Test
    void setUpFromTheConsoleItConnectsInvitesAndKeepsTheVendorsIdInTheStorage() {
        assertThat(console.provider("assessment-partner-api").setupProblem()).isEqualTo("Set the partner API address");

        console.saveSettings("assessment-partner-api", Map.of("baseUrl", "http://127.0.0.1:" + vendor.getAddress().getPort() + "/partner/",
                "apiKey", KEY));

        assertThat(console.provider("assessment-partner-api").setupProblem()).isNull();
        ConnectionCheck check = console.testConnection("assessment-partner-api").orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(check.message()).isEqualTo("Connected: the vendor offers 2 tests");

        String key = "partner-" + UUID.randomUUID();
        String id = calls.call("assessment-partner-api", AssessmentProvider.class, "invite",
                provider -> provider.invite(new AssessmentRequest("java", "Kim Doe", "kim@example.org", key))).invitationId();
        assertThat(jdbc.queryForObject("select storage_value from provider_storage where provider_id = ? and storage_key = ?", String.class,
                "assessment-partner-api", "interview-for:" + key)).isEqualTo(id);

        console.saveSettings("assessment-partner-api", Map.of("baseUrl", "http://127.0.0.1:" + vendor.getAddress().getPort() + "/partner/",
                "apiKey", "not-the-key"));
        assertThatThrownBy(() -> console.testConnection("assessment-partner-api").orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class).cause().hasMessage("The vendor refused the API key (HTTP 401)");
        assertThat(console.recentCalls("assessment-partner-api").getFirst().outcome()).isEqualTo(CallRecord.Outcome.FAILED);
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
