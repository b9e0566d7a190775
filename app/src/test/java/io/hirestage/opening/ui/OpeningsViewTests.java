package io.hirestage.opening.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ui.PipelineBoardView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class OpeningsViewTests extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aRecruiterOpensAPositionFromTheRoleAndSeesItListed() {
        String title = "Backend Lead " + UUID.randomUUID();
        navigate(OpeningsView.class);
        test(find(Button.class).id("add-opening")).click();

        TextField titleField = find(TextField.class).id("opening-title");
        assertThat(titleField.getValue()).as("the title starts from the job role").isEqualTo("Backend Lead Developer");
        test(find(Button.class).id("save-opening")).click();
        assertThat(find(TextField.class).withLabel("Location").single().isInvalid()).isTrue();
        assertThat(find(Dialog.class).exists()).isTrue();

        test(titleField).setValue(title);
        test(find(TextField.class).withLabel("Location").single()).setValue("Remote (EU)");
        @SuppressWarnings("unchecked")
        ComboBox<Long> manager = find(ComboBox.class).withLabel("Hiring manager").single();
        manager.setValue(manager.getListDataView().getItem(0));
        test(find(Button.class).id("save-opening")).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<OpeningView> grid = find(Grid.class).single();
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).contains(title);
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void aHiringManagerCannotOpenAPosition() {
        navigate(OpeningsView.class);

        assertThat(find(Button.class).withId("add-opening").exists()).as("no visible button to open a position").isFalse();
        assertThat(find(Grid.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void clickingAnOpeningOpensItsBoard() {
        navigate(OpeningsView.class);
        @SuppressWarnings("unchecked")
        Grid<OpeningView> grid = find(Grid.class).single();
        OpeningView first = grid.getListDataView().getItem(0);

        test(grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(PipelineBoardView.class);
        assertThat(((PipelineBoardView) getCurrentView()).getPageTitle()).startsWith(first.title());
    }
}
