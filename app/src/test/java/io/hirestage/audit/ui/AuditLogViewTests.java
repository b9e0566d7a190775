package io.hirestage.audit.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.audit.AuditEntry;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditLogViewTests extends SpringBrowserlessTest {

    private static final int WHO = 1;
    private static final int WHICH = 3;
    private static final int ACTION = 4;
    private static final int OLD_AND_NEW = 6;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Candidates candidates;

    @Test
    void anAdminReadsWhoChangedWhichCandidateByNameWithOldAndNewValuesAndCanExportIt() {
        CandidateSummary dora = fixture.candidate("Dora");
        CandidateDraft draft = CandidateDraft.of(dora);
        draft.setLocation("Porto");
        as("recruiter", Role.RECRUITER, () -> candidates.update(dora.id(), dora.version(), draft));

        navigate(AuditLogView.class);
        test(find(TextField.class).withLabel("Contains").single()).setValue(dora.fullName());

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, ACTION)).isEqualTo("edited");
        assertThat(test(grid).getCellText(0, WHO)).isEqualTo("Riley Recruiter");
        assertThat(test(grid).getCellText(0, WHICH)).isEqualTo(dora.fullName());
        assertThat(test(grid).getCellText(0, OLD_AND_NEW)).isEqualTo("Location: — → Porto");
        assertThat(test(grid).getCellText(1, ACTION)).isEqualTo("added");
        assertThat(find(Anchor.class).id("export-audit").getHref()).as("a download of what is filtered").isNotBlank();
    }
}
