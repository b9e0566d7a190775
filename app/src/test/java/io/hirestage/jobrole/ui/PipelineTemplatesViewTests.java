package io.hirestage.jobrole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.jobrole.StageSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PipelineTemplatesViewTests extends SpringBrowserlessTest {

    @Autowired
    PipelineTemplates templates;

    @Test
    void theAdminSeesTheRolesStagesAndAMistakeIsExplainedWithoutSaving() {
        navigate(PipelineTemplatesView.class);
        List<StageRow> rows = find(StageRow.class).all();
        assertThat(rows).extracting(row -> row.enabled.getLabel())
                .containsExactly("Sourcing", "Resume screening", "Skills assessment", "Video interview", "Structured interview",
                        "HR final call", "Offer");
        assertThat(rows.get(2).provider.getValue()).isEqualTo("sandbox-assessment");
        JobRoleView before = backendLead();

        rows.get(2).provider.clear();
        test(find(Button.class).id("save-template")).click();

        Span problem = find(Span.class).id("template-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Choose a provider for Skills assessment");
        assertThat(backendLead().version()).isEqualTo(before.version());
        assertThat(templates.template(before.id())).filteredOn(stage -> stage.stage() == Stage.SKILLS_ASSESSMENT)
                .extracting(StageSettings::providerId).containsExactly("sandbox-assessment");
    }

    @Test
    void aStagesTimeLimitIsSavedAndAnImpossibleOneIsExplained() {
        navigate(PipelineTemplatesView.class);
        StageRow screening = find(StageRow.class).all().get(1);
        JobRoleView before = backendLead();

        screening.alertAfter.setValue(-3); // typed in the browser; the tester itself refuses a value under the minimum
        test(find(Button.class).id("save-template")).click();
        assertThat(find(Span.class).id("template-problem").getText())
                .isEqualTo("Alert after: use 1 to 365 days for Resume screening, or leave it empty for no limit");
        assertThat(backendLead().version()).as("nothing saved").isEqualTo(before.version());

        test(screening.alertAfter).setValue(4);
        test(find(Button.class).id("save-template")).click();
        assertThat(templates.template(before.id())).filteredOn(stage -> stage.stage() == Stage.RESUME_SCREENING)
                .extracting(StageSettings::alertAfterDays).containsExactly(4);
    }

    private JobRoleView backendLead() {
        return templates.jobRoles().stream().filter(role -> role.name().equals("Backend Lead Developer")).findFirst().orElseThrow();
    }
}
