package io.hirestage.plugins.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.testkit.AssessmentProviderContract;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The kit's contract against a mock of the vendor's documented API over real HTTP, and what the vendor can get wrong. */
class PartnerAssessmentProviderTests extends AssessmentProviderContract<PartnerAssessmentProvider> {

    private static final MockPartnerVendor VENDOR = new MockPartnerVendor();

    @AfterAll
    static void stopVendor() throws IOException {
        VENDOR.stop();
    }

    @Override
    protected PartnerAssessmentProvider createProvider() {
        return new PartnerAssessmentProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(PartnerAssessmentProvider.BASE_URL, VENDOR.baseUrl(), PartnerAssessmentProvider.API_KEY, MockPartnerVendor.API_KEY,
                PartnerAssessmentProvider.COMPETENCIES, "api=API design and system structuring; sql=Database modelling and query optimisation");
    }

    @Override
    protected void completeAtVendor(String invitationId) {
        VENDOR.complete(invitationId, 81, Map.of("api", 77, "sql", 85, "unmapped", 12));
    }

    @Test
    void declaresOnlyCallbacks() {
        assertThat(provider.capabilities()).containsExactly(Capability.CALLBACKS);
    }

    @Test
    void sendsTheCandidatesNamesProfileAndTheInvitationsCallbackUrl() {
        String key = "key-" + UUID.randomUUID();
        URI callback = TestProviderContext.callbackUrl("assessment-partner-api", key);
        AssessmentInvitation invitation = provider.invite(new AssessmentRequest("java-backend", "Ada Maria Lovelace", "ada@example.org", key,
                "Ada Maria", "Lovelace", URI.create("https://hire.example.org/candidates/7"), "Backend Lead Developer", "Backend Lead, Payments",
                callback));

        assertThat(invitation.candidateUrl()).isNull();
        assertThat(invitation.expiresAt()).isNull();
        Map<String, Object> sent = VENDOR.sendTestBody(invitation.invitationId());
        assertThat(sent).containsEntry("partner_test_id", "java-backend").containsEntry("url", callback.toString());
        assertThat(sent.get("candidate")).isEqualTo(Map.of("first_name", "Ada Maria", "last_name", "Lovelace", "email", "ada@example.org",
                "profile_url", "https://hire.example.org/candidates/7"));
    }

    @Test
    void aFinishedTestIsAPercentageWithTheMappedCompetenciesAndTheReport() {
        String id = provider.invite(new AssessmentRequest("sql", "Kim Doe", "kim@example.org", "key-" + UUID.randomUUID())).invitationId();
        completeAtVendor(id);

        AssessmentResult result = provider.result(id);

        assertThat(result.score()).isEqualTo(81);
        assertThat(result.maxScore()).as("the partner API gives a percentage").isNull();
        assertThat(result.competencyScores()).containsOnly(Map.entry("API design and system structuring", 77),
                Map.entry("Database modelling and query optimisation", 85));
        assertThat(result.reportUrl()).hasToString("https://vendor.example/reports/" + id);
    }

    @Test
    void aWrongApiKeyIsSaidInPlainWords() {
        provider.configure(TestProviderContext.of("assessment-partner-api", Map.of(PartnerAssessmentProvider.BASE_URL, VENDOR.baseUrl(),
                PartnerAssessmentProvider.API_KEY, "wrong-key")));

        assertThatThrownBy(() -> provider.testConnection()).isInstanceOf(ProviderException.class)
                .hasMessage("The vendor refused the API key (HTTP 401)");
    }

    @Test
    void anOutageIsRetryableAndMalformedOrIncompleteAnswersAreNot() {
        try {
            VENDOR.misbehaving.set(new MockResponse.Builder().code(503).build());
            assertThatThrownBy(() -> provider.tests()).isInstanceOf(ProviderException.class)
                    .hasMessage("The vendor is not answering properly now (HTTP 503)")
                    .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isTrue());

            VENDOR.misbehaving.set(new MockResponse.Builder().code(200).body("{\"partner_test_id\": ").build());
            assertThatThrownBy(() -> provider.tests()).isInstanceOf(ProviderException.class)
                    .hasMessage("The vendor's answer is not the JSON its API documents")
                    .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isFalse());

            VENDOR.misbehaving.set(MockPartnerVendor.json(200, Map.of("unexpected", true)));
            assertThatThrownBy(() -> provider.invite(new AssessmentRequest("sql", "Kim", "kim@example.org", "key-" + UUID.randomUUID())))
                    .isInstanceOf(ProviderException.class).hasMessage("The vendor's answer to send_test has no partner_interview_id");

            VENDOR.misbehaving.set(MockPartnerVendor.json(200, Map.of("partner_status", "complete")));
            assertThatThrownBy(() -> provider.result("pi-1")).isInstanceOf(ProviderException.class)
                    .hasMessage("The vendor reported a finished test without a partner_score");

            VENDOR.misbehaving.set(MockPartnerVendor.json(200, Map.of("partner_status", "teleported")));
            assertThatThrownBy(() -> provider.result("pi-1")).isInstanceOf(ProviderException.class)
                    .hasMessage("The vendor reported a status the partner API does not have: teleported");
        } finally {
            VENDOR.misbehaving.set(null);
        }
    }

    @Test
    void aTestTheVendorDoesNotOfferIsRefusedInWordsAndNotRetried() {
        assertThatThrownBy(() -> provider.invite(new AssessmentRequest("cobol-2030", "Kim Doe", "kim@example.org", "key-" + UUID.randomUUID())))
                .isInstanceOf(ProviderException.class).hasMessage("The vendor does not know what was asked (HTTP 404)")
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isFalse());
    }

    @Test
    void anEndlessAnswerIsCutOffAtOneMegabyteNotReadWhole() {
        try {
            // Two megabytes of a JSON list that never closes, as a hostile or broken vendor might send.
            VENDOR.misbehaving.set(new MockResponse.Builder().code(200).body("[" + "0,".repeat(1024 * 1024)).build());
            assertThatThrownBy(() -> provider.tests()).isInstanceOf(ProviderException.class)
                    .hasMessage("The vendor's answer is larger than 1024 KB")
                    .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isFalse());
        } finally {
            VENDOR.misbehaving.set(null);
        }
    }

    @Test
    void aMalformedCompetencyMappingIsRefusedWhenSaved() {
        assertThatThrownBy(() -> PartnerAssessmentProvider.competencies("api=API design; sql")).isInstanceOf(ProviderException.class)
                .hasMessage("Metadata keys to competencies: \"sql\" is not key=Competency");
        assertThat(PartnerAssessmentProvider.competencies(" api = API design ;; ")).containsExactly(Map.entry("api", "API design"));
    }
}
