package io.hirestage.pipeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.AssessmentTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a recruiter sees a vendor's test in the list: its length once, and what it measures. */
class SendAssessmentDialogTests {

    @Test
    void aTestIsNamedWithItsLengthAndCompetencies() {
        assertThat(SendAssessmentDialog.label(new AssessmentTest("core", "Backend fundamentals", Duration.ofMinutes(40),
                List.of("API design", "Database modelling")))).isEqualTo("Backend fundamentals (40 min: API design, Database modelling)");
    }

    @Test
    void aLengthInTheVendorsOwnNameIsNotRepeated() {
        assertThat(SendAssessmentDialog.label(new AssessmentTest("java", "Java, 60 minutes", Duration.ofMinutes(60), List.of("API design"))))
                .isEqualTo("Java, 60 minutes (API design)");
        assertThat(SendAssessmentDialog.label(new AssessmentTest("sql", "SQL (45 min)", Duration.ofMinutes(45), List.of("Databases"))))
                .isEqualTo("SQL (45 min) (Databases)");
        assertThat(SendAssessmentDialog.label(new AssessmentTest("k8s", "Kubernetes 101", Duration.ofMinutes(30), List.of("Ops"))))
                .as("a number that is no length").isEqualTo("Kubernetes 101 (30 min: Ops)");
    }
}
