package io.hirestage.opening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.hirestage.base.ui.UserTime;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import org.springframework.beans.factory.ObjectProvider;
import io.hirestage.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;

/** Openings: recruiters see and run all; hiring managers and interviewers see the ones they are on. */
@Route("openings")
@PageTitle("Openings · Hirestage")
@Menu(order = 5, title = "Openings", icon = "vaadin:briefcase")
@RolesAllowed({"ADMIN", "RECRUITER", "HIRING_MANAGER", "INTERVIEWER"})
public class OpeningsView extends VerticalLayout {


    private final Openings openings;
    private final Grid<OpeningView> grid = new Grid<>(OpeningView.class, false);

    public OpeningsView(Openings openings, PipelineTemplates jobRoles, UserDirectory users, AuthenticationContext authentication,
                        ObjectProvider<OpeningDestination> destination) {
        this.openings = openings;
        setSizeFull();
        boolean mayEdit = authentication.hasAnyRole("ADMIN", "RECRUITER");

        grid.addColumn(OpeningView::title).setHeader("Opening").setAutoWidth(true);
        grid.addColumn(OpeningView::jobRoleName).setHeader("Job role").setAutoWidth(true);
        grid.addColumn(OpeningView::location).setHeader("Location").setAutoWidth(true);
        grid.addColumn(OpeningView::hiringManagerName).setHeader("Hiring manager").setAutoWidth(true);
        grid.addColumn(OpeningView::headcount).setHeader("To hire").setAutoWidth(true);
        grid.addColumn(opening -> opening.targetDate() == null ? "" : UserTime.date(opening.targetDate())).setHeader("Target date")
                .setAutoWidth(true);
        grid.addColumn(opening -> opening.status().displayName()).setHeader("Status").setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(opening -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        click -> new OpeningFormDialog(openings, jobRoles, users, opening, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel("Edit " + opening.title());
                return edit;
            }).setHeader("Edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        grid.addItemClickListener(event -> event.getSource().getUI().ifPresent(ui -> destination.ifAvailable(
                opened -> opened.open(ui, event.getItem().id()))));

        Button add = new Button("Open a position", VaadinIcon.PLUS.create(),
                click -> new OpeningFormDialog(openings, jobRoles, users, null, this::refresh).open());
        add.setId("add-opening");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayEdit);
        add(new H2("Openings"), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(openings.visibleToMe());
    }
}
