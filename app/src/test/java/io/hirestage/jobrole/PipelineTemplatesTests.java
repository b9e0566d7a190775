package io.hirestage.jobrole;

import io.hirestage.base.ConcurrentChangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.security.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PipelineTemplatesTests {

    @Autowired
    PipelineTemplates templates;

    private List<StageSettings> original;

    @AfterEach
    void restoreTheGuidesPipeline() {
        if (original != null) {
            templates.saveTemplate(backendLead().id(), backendLead().version(), original);
        }
    }

    @Test
    void theBackendLeadDeveloperRoleComesWithTheGuidesPipelineAndTheBundledProviders() {
        JobRoleView role = backendLead();

        assertThat(role.socCode()).isEqualTo("15-1252");
        assertThat(role.hardSkills()).contains("API design and system structuring");
        assertThat(templates.template(role.id())).extracting(StageSettings::stage).containsExactly(Stage.values());
        assertThat(templates.template(role.id())).filteredOn(stage -> stage.providerId() != null)
                .extracting(StageSettings::providerId).containsExactly("sandbox-assessment", "sandbox-video", "bls-oews-salary");
    }

    @Test
    void anAdminReordersTurnsOffAndReassignsStagesAndTheTemplateKeepsIt() {
        JobRoleView role = backendLead();
        original = templates.template(role.id());
        List<StageSettings> changed = new ArrayList<>(original);
        Collections.swap(changed, 2, 3);
        changed.set(0, new StageSettings(Stage.SOURCING, false, null, EnumSet.of(Role.RECRUITER), false));
        changed.set(4, new StageSettings(Stage.STRUCTURED_INTERVIEW, true, null, EnumSet.of(Role.INTERVIEWER), false));

        JobRoleView saved = templates.saveTemplate(role.id(), role.version(), changed);

        assertThat(saved.version()).isGreaterThan(role.version());
        List<StageSettings> stored = templates.template(role.id());
        assertThat(stored).extracting(StageSettings::stage).containsExactly(Stage.SOURCING, Stage.RESUME_SCREENING,
                Stage.VIDEO_INTERVIEW, Stage.SKILLS_ASSESSMENT, Stage.STRUCTURED_INTERVIEW, Stage.HR_FINAL_CALL, Stage.OFFER);
        assertThat(stored.getFirst().enabled()).isFalse();
        assertThat(stored.get(4).roles()).containsExactly(Role.INTERVIEWER);
    }

    @Test
    void anEnabledVendorStageNeedsARunningProviderOfItsKind() {
        JobRoleView role = backendLead();
        List<StageSettings> stages = new ArrayList<>(templates.template(role.id()));

        stages.set(2, new StageSettings(Stage.SKILLS_ASSESSMENT, true, null, EnumSet.of(Role.RECRUITER), false));
        assertThatThrownBy(() -> templates.saveTemplate(role.id(), role.version(), stages))
                .isInstanceOf(TemplateRejectedException.class).hasMessage("Choose a provider for Skills assessment");

        stages.set(2, new StageSettings(Stage.SKILLS_ASSESSMENT, true, "sandbox-video", EnumSet.of(Role.RECRUITER), false));
        assertThatThrownBy(() -> templates.saveTemplate(role.id(), role.version(), stages))
                .hasMessage("Sandbox video interviews (SANDBOX) is a video interview provider and cannot serve Skills assessment");

        stages.set(2, new StageSettings(Stage.SKILLS_ASSESSMENT, true, "retired-vendor", EnumSet.of(Role.RECRUITER), false));
        assertThatThrownBy(() -> templates.saveTemplate(role.id(), role.version(), stages))
                .hasMessageContaining("retired-vendor for Skills assessment is not running");
    }

    @Test
    void everyEnabledStageNeedsSomeoneWhoMayActOnIt() {
        JobRoleView role = backendLead();
        List<StageSettings> stages = new ArrayList<>(templates.template(role.id()));
        stages.set(5, new StageSettings(Stage.HR_FINAL_CALL, true, null, EnumSet.noneOf(Role.class), false));

        assertThatThrownBy(() -> templates.saveTemplate(role.id(), role.version(), stages))
                .hasMessage("Choose who may act on HR final call");
    }

    @Test
    void aTemplateEditedFromAStaleVersionIsRefused() {
        JobRoleView role = backendLead();
        original = templates.template(role.id());
        templates.saveTemplate(role.id(), role.version(), original);

        assertThatThrownBy(() -> templates.saveTemplate(role.id(), role.version(), original))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageStartingWith("The template of " + role.name() + " was changed by someone else");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void onlyAdminsChangeTemplatesButEveryoneMayReadThem() {
        JobRoleView role = backendLead();

        assertThat(templates.template(role.id())).hasSize(Stage.values().length);
        assertThatThrownBy(() -> templates.saveTemplate(role.id(), role.version(), templates.template(role.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private JobRoleView backendLead() {
        return templates.jobRoles().stream().filter(role -> role.name().equals("Backend Lead Developer")).findFirst().orElseThrow();
    }
}
