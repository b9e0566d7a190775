package com.example.hiring.salary;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.testkit.SalaryDataSourceContract;
import java.io.IOException;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's contract, and this vendor's own answers, against a mock of its API over HTTP. */
class AcmeSalarySurveyTests extends SalaryDataSourceContract<AcmeSalarySurvey> {

    private final MockWebServer vendor = new MockWebServer();

    /** Started here, before the contract's own set-up configures the provider against it. */
    AcmeSalarySurveyTests() throws IOException {
        vendor.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!"Bearer test-key".equals(request.getHeaders().get("Authorization"))) {
                    return new MockResponse.Builder().code(401).build();
                }
                var url = request.getUrl();
                if (url.encodedPath().equals("/v1/pay") && "15-1252".equals(url.queryParameter("soc"))
                        && "US".equals(url.queryParameter("country"))) {
                    return new MockResponse.Builder().body("{\"title\":\"Software Developers\",\"p10\":80000,\"median\":133000,\"p90\":211000,\"year\":2025}").build();
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        vendor.start();
    }

    @AfterEach
    void stopVendor() {
        vendor.close();
    }

    @Override
    protected AcmeSalarySurvey createProvider() {
        return new AcmeSalarySurvey();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("baseUrl", vendor.url("/").toString(), "apiKey", "test-key");
    }

    @Override
    protected SalaryQuery coveredQuery() {
        return SalaryQuery.annual("15-1252", "US", null);
    }

    @Test
    void showsTheSurveysMedianWithItsYear() {
        var benchmark = provider.benchmark(coveredQuery()).orElseThrow();

        assertThat(benchmark.median()).isEqualByComparingTo("133000");
        assertThat(benchmark.source()).isEqualTo("Acme salary survey 2025");
    }

    @Test
    void aWrongKeyFailsTheConnectionCheckInWords() {
        provider.configure(io.hirestage.plugin.testkit.TestProviderContext.of("acme-salary-survey",
                Map.of("baseUrl", vendor.url("/").toString(), "apiKey", "wrong")));

        assertThat(provider.testConnection().message()).isEqualTo("The Acme survey answered HTTP 401: check the API key");
    }
}
