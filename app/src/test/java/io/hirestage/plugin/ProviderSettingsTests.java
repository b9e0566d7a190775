package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ProviderSettingsTests {

    private static final String PROVIDER = "sandbox-assessment";

    @Autowired
    ProviderConsole console;

    @Autowired
    ProviderCalls calls;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void backToDefaults() {
        console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", ""));
    }

    @Test
    void aValueThatDoesNotFitItsFieldIsRefusedOnThatFieldAndNothingIsStored() {
        console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", "44"));
        console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", "45"));

        assertThatThrownBy(() -> console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", "soon")))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("Some settings are not valid: Completes after (seconds): Enter a whole number")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems())
                        .containsExactly(Map.entry("completesAfterSeconds", "Enter a whole number")));
        assertThat(console.settingsForm(PROVIDER).values()).containsEntry("completesAfterSeconds", "45");
        assertThat(auditLog.search(new AuditFilter("admin", "Provider", "settings changed", PROVIDER, null, null), PageRequest.of(0, 1))
                .getContent()).extracting(AuditEntry::summary).as("named as the form names them")
                .containsExactly("Changed Completes after (seconds)");
    }

    @Test
    void aNumberBelowOrAboveItsLimitsIsRefusedWithTheLimits() {
        console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", "45"));

        for (String outside : new String[] {"-1", "86401"}) {
            assertThatThrownBy(() -> console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", outside)))
                    .isInstanceOf(InvalidSettingsException.class)
                    .satisfies(e -> assertThat(((InvalidSettingsException) e).problems())
                            .containsExactly(Map.entry("completesAfterSeconds", "Enter a number from 0 to 86400")));
        }
        console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", "0"));
        assertThat(console.settingsForm(PROVIDER).values()).containsEntry("completesAfterSeconds", "0");
    }

    @Test
    void aSecretIsEncryptedAtRestNeverShownAgainAndKeptWhenLeftBlank() {
        String secret = "whsec-" + UUID.randomUUID();

        console.saveSettings(PROVIDER, Map.of("webhookSecret", secret));

        List<String> stored = jdbc.queryForList(
                "select setting_value from provider_setting where provider_id = ? and setting_key = 'webhookSecret'", String.class, PROVIDER);
        assertThat(stored).singleElement().asString().startsWith("v1:").doesNotContain(secret);
        ProviderSettingsForm form = console.settingsForm(PROVIDER);
        assertThat(form.secretsSet()).contains("webhookSecret");
        assertThat(form.values()).doesNotContainKey("webhookSecret").doesNotContainValue(secret);

        Map<String, String> blankSecret = new HashMap<>();
        blankSecret.put("webhookSecret", "");
        console.saveSettings(PROVIDER, blankSecret);
        assertThat(jdbc.queryForList("select setting_value from provider_setting where setting_key = 'webhookSecret'", String.class))
                .containsExactlyElementsOf(stored);

        List<AuditEntry> audit = auditLog.search(new AuditFilter("admin", "Provider", "settings changed", PROVIDER, null, null),
                PageRequest.of(0, 20)).getContent();
        assertThat(audit).isNotEmpty().allSatisfy(entry -> assertThat(entry.summary()).doesNotContain(secret));
    }

    @Test
    void savedSettingsReachTheRunningProvider() {
        console.saveSettings(PROVIDER, Map.of("completesAfterSeconds", "0"));

        AssessmentResult result = calls.call(PROVIDER, AssessmentProvider.class, "invite and read", provider -> {
            String id = provider.invite(new AssessmentRequest("backend-core", "Ada", "ada@example.org", UUID.randomUUID().toString()))
                    .invitationId();
            return provider.result(id);
        });

        assertThat(result.status()).isEqualTo(AssessmentResult.Status.COMPLETED);
    }

    @Test
    void anUnknownSettingIsRefused() {
        assertThatThrownBy(() -> console.saveSettings(PROVIDER, Map.of("apiKye", "x")))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("apiKye");
    }
}
