package io.hirestage.opening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.hirestage.base.ui.UserTime;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningProgress;
import io.hirestage.opening.OpeningProgressSource;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.search.SearchWords;
import io.hirestage.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Openings: recruiters see and run all; hiring managers and interviewers see the ones they are on.
 * Each row says where its candidates stand and how many are hired against the headcount; the list
 * is short enough to be searched and filtered on screen.
 */
@Route("openings")
@PageTitle("Openings · Hirestage")
@Menu(order = 5, title = "Openings", icon = "vaadin:briefcase")
@RolesAllowed({"ADMIN", "RECRUITER", "HIRING_MANAGER", "INTERVIEWER"})
public class OpeningsView extends VerticalLayout {

    private final Openings openings;
    private final OpeningProgressSource progressSource;
    private final Grid<OpeningView> grid = new Grid<>(OpeningView.class, false);
    private final TextField text = new TextField();
    private final ComboBox<OpeningStatus> status = new ComboBox<>();
    private final ComboBox<Choice> manager = new ComboBox<>();
    private final ComboBox<Choice> jobRole = new ComboBox<>();
    private final Span matching = new Span();
    private List<OpeningView> all = List.of();
    private Map<Long, OpeningProgress> progress = Map.of();

    public OpeningsView(Openings openings, PipelineTemplates jobRoles, UserDirectory users, AuthenticationContext authentication,
                        ObjectProvider<OpeningDestination> destination, ObjectProvider<OpeningProgressSource> progressSource) {
        this.openings = openings;
        this.progressSource = progressSource.getIfAvailable(() -> shown -> Map.of());
        setSizeFull();
        boolean mayEdit = authentication.hasAnyRole("ADMIN", "RECRUITER");

        // Sized to fit 1400 px with the menu open: long titles and the stage counts wrap; the job role is a filter.
        grid.addColumn(OpeningView::title).setHeader("Opening").setWidth("14rem").setFlexGrow(1).setSortable(true)
                .setComparator(Comparator.comparing(opening -> SearchWords.folded(opening.title())))
                .setTooltipGenerator(opening -> opening.title() + " · " + opening.jobRoleName());
        grid.addColumn(OpeningView::location).setHeader("Location").setWidth("8rem");
        grid.addColumn(OpeningView::hiringManagerName).setHeader("Hiring manager").setWidth("10rem");
        grid.addColumn(opening -> candidates(progressOf(opening))).setHeader("Candidates").setWidth("16rem").setFlexGrow(2);
        grid.addColumn(opening -> progressOf(opening).hired() + " of " + opening.headcount()).setHeader("Hired").setAutoWidth(true);
        grid.addColumn(opening -> opening.targetDate() == null ? "" : UserTime.date(opening.targetDate())).setHeader("Target date")
                .setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(OpeningView::targetDate, Comparator.nullsLast(Comparator.naturalOrder())));
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
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addItemClickListener(event -> event.getSource().getUI().ifPresent(ui -> destination.ifAvailable(
                opened -> opened.open(ui, event.getItem().id()))));

        Button add = new Button("Open a position", VaadinIcon.PLUS.create(),
                click -> new OpeningFormDialog(openings, jobRoles, users, null, this::refresh).open());
        add.setId("add-opening");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayEdit);

        text.setPlaceholder("Find by title or location");
        text.setAriaLabel("Find openings by title or location");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("find-opening");
        text.setWidth("18rem");
        text.setMaxWidth("100%");
        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setItems(Arrays.asList(OpeningStatus.values()));
        status.setItemLabelGenerator(OpeningStatus::displayName);
        status.setId("status-filter");
        manager.setPlaceholder("Any hiring manager");
        manager.setAriaLabel("Hiring manager");
        manager.setId("manager-filter");
        jobRole.setPlaceholder("Any job role");
        jobRole.setAriaLabel("Job role");
        jobRole.setId("job-role-filter");
        manager.setItemLabelGenerator(Choice::name);
        jobRole.setItemLabelGenerator(Choice::name);
        for (ComboBox<?> box : List.of(status, manager, jobRole)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(event -> filter());
        }
        text.addValueChangeListener(event -> filter());
        matching.setId("matching");

        HorizontalLayout toolbar = new HorizontalLayout(text, status, manager, jobRole, add, matching);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Openings"), toolbar, grid);
        refresh();
    }

    /** "Sourcing 3 · Resume screening 2", in pipeline order; stages nobody is in are left out. */
    static String candidates(OpeningProgress progress) {
        if (progress.activePerStage().isEmpty()) {
            return "No active candidates";
        }
        return Arrays.stream(Stage.values()).filter(progress.activePerStage()::containsKey)
                .map(stage -> stage.displayName() + " " + progress.activePerStage().get(stage)).collect(Collectors.joining(" · "));
    }

    private OpeningProgress progressOf(OpeningView opening) {
        return progress.getOrDefault(opening.id(), OpeningProgress.NONE);
    }

    private void refresh() {
        all = openings.visibleToMe();
        progress = progressSource.progressOf(all);
        manager.setItems(choices(opening -> new Choice(opening.hiringManagerId(), opening.hiringManagerName())));
        jobRole.setItems(choices(opening -> new Choice(opening.jobRoleId(), opening.jobRoleName())));
        filter();
    }

    private List<Choice> choices(Function<OpeningView, Choice> choice) {
        return all.stream().map(choice).filter(each -> each.id() != null).distinct()
                .sorted(Comparator.comparing(each -> SearchWords.folded(each.name()))).toList();
    }

    private void filter() {
        List<OpeningView> shown = all.stream()
                .filter(opening -> SearchWords.mentionsAll(opening.title() + " " + Objects.toString(opening.location(), ""), text.getValue()))
                .filter(opening -> status.getValue() == null || opening.status() == status.getValue())
                .filter(opening -> manager.getValue() == null || manager.getValue().id().equals(opening.hiringManagerId()))
                .filter(opening -> jobRole.getValue() == null || jobRole.getValue().id().equals(opening.jobRoleId()))
                .toList();
        grid.setItems(shown);
        matching.setText(shown.size() == all.size() ? all.size() + (all.size() == 1 ? " opening" : " openings")
                : shown.size() + " of " + all.size() + " openings");
    }

    /** A hiring manager or job role to filter by. */
    private record Choice(Long id, String name) {
    }
}
