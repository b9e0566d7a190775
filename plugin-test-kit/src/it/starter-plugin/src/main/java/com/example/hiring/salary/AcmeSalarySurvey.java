package com.example.hiring.salary;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Pay benchmarks from the (made-up) Acme salary survey: {@code GET {baseUrl}/v1/pay?soc=&country=&region=}
 * with the API key as a bearer token answers {@code {"title", "p10", "median", "p90", "year"}}, or 404 when
 * the survey has no figures. A starting point for a real vendor: replace the request and the fields.
 */
@Extension
public class AcmeSalarySurvey implements SalaryDataSource {

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("acme-salary-survey", "Acme salary survey",
            "Example Corp", "Annual pay for software occupations in the United States from the Acme survey.",
            URI.create("https://example.com/acme-salary-survey"));

    private static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private URI baseUrl;
    private String apiKey;

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SettingsSchema.of(
                SettingField.url("baseUrl", "Survey address").asRequired().withDefault("https://api.example.com"),
                SettingField.secret("apiKey", "API key").asRequired().withHelp("From the survey's account page"));
    }

    @Override
    public void configure(ProviderContext context) {
        String base = context.settings().url("baseUrl").toString();
        baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        apiKey = context.settings().require("apiKey");
    }

    @Override
    public Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        if (!"US".equals(query.country()) || query.period() != SalaryQuery.PayPeriod.ANNUAL) {
            return Optional.empty();
        }
        String path = "v1/pay?soc=" + encode(query.occupationCode()) + "&country=US"
                + (query.region() == null ? "" : "&region=" + encode(query.region()));
        Answer answer = get(path);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            // A busy or failing survey may answer later; a refusal (4xx) will not change by asking again.
            throw new ProviderException("The Acme survey answered HTTP " + answer.status(), answer.status() >= 500);
        }
        Map<String, Object> pay;
        try {
            pay = JSON.std.mapFrom(answer.body());
        } catch (IOException e) {
            throw new ProviderException("The Acme survey's answer is not JSON", false, e);
        }
        if (!(pay.get("year") instanceof Number year) || year.intValue() < 2000 || year.intValue() > 2100) {
            throw new ProviderException("The Acme survey's answer has no year, or one that cannot be right", false);
        }
        return Optional.of(new SalaryBenchmark(query.occupationCode(), pay.get("title") instanceof String title ? title : null,
                query.region() == null ? "United States" : query.region(), "USD", SalaryQuery.PayPeriod.ANNUAL,
                amount(pay.get("p10")), null, amount(pay.get("median")), null, amount(pay.get("p90")), null, null,
                LocalDate.of(year.intValue(), 12, 31), "Acme salary survey " + year));
    }

    @Override
    public SalaryCoverage coverage() {
        return new SalaryCoverage(Set.of("15-1252", "15-1299"), Set.of("US"), Set.of());
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            int status = get("v1/pay?soc=15-1252&country=US").status();
            return status == 200 ? ConnectionCheck.ok("The Acme survey answered")
                    : ConnectionCheck.failed("The Acme survey answered HTTP " + status + (status == 401 ? ": check the API key" : ""));
        } catch (ProviderException e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }

    /** What the survey answered: its status and at most {@value #MAX_ANSWER_BYTES} bytes of its body. */
    private record Answer(int status, byte[] body) {
    }

    /**
     * Reads at most 1 MB of an answer: a vendor's answer is never trusted to be small. (The portal's
     * time limit on every call also bounds an answer that trickles in.)
     */
    private Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + apiKey).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
                if (body.length > MAX_ANSWER_BYTES) {
                    throw new ProviderException("The Acme survey's answer is larger than 1 MB", false);
                }
                return new Answer(response.statusCode(), body);
            }
        } catch (IOException e) {
            throw new ProviderException("The Acme survey cannot be reached: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("Interrupted while asking the Acme survey", true, e);
        }
    }

    private static BigDecimal amount(Object value) {
        return value instanceof Number number ? new BigDecimal(number.toString()) : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
