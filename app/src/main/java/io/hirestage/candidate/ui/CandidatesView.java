package io.hirestage.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.candidate.CandidateFilter;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Candidates: search and filter everyone in the portal (in the database, page by page), and add one. */
@Route("candidates")
@PageTitle("Candidates · Hirestage")
@Menu(order = 10, title = "Candidates", icon = "vaadin:user-card")
@RolesAllowed({"ADMIN", "RECRUITER"})
public class CandidatesView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Candidates candidates;
    private final Grid<CandidateSummary> grid = new Grid<>(CandidateSummary.class, false);
    private final TextField search = new TextField();
    private final ComboBox<SourcingChannel> channel = new ComboBox<>();
    private final TextField tag = new TextField();

    public CandidatesView(Candidates candidates) {
        this.candidates = candidates;
        setSizeFull();

        search.setPlaceholder("Find by name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        channel.setPlaceholder("Any source");
        channel.setItems(SourcingChannel.values());
        channel.setItemLabelGenerator(SourcingChannel::displayName);
        channel.setClearButtonVisible(true);
        tag.setPlaceholder("Tag");
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        channel.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        tag.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        Button add = new Button("Add candidate", VaadinIcon.PLUS.create(), click -> new CandidateFormDialog(candidates,
                added -> grid.getDataProvider().refreshAll()).open());
        add.setId("add-candidate");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(CandidateSummary::fullName).setHeader("Name").setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(CandidateSummary::email).setHeader("Email").setSortProperty("email").setAutoWidth(true);
        grid.addColumn(CandidateSummary::source).setHeader("Source").setSortProperty("channel").setAutoWidth(true);
        grid.addColumn(candidate -> String.join(", ", candidate.tags())).setHeader("Tags");
        grid.addColumn(candidate -> WHEN.format(candidate.createdAt().atZone(ZoneId.systemDefault()))).setHeader("Added")
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.setItemsPageable(pageable -> candidates.search(new CandidateFilter(search.getValue(), channel.getValue(), tag.getValue()),
                pageable).getContent());
        grid.addItemClickListener(event -> event.getSource().getUI()
                .ifPresent(ui -> ui.navigate(CandidateView.class, event.getItem().id())));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, channel, tag, add);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Candidates"), toolbar, grid);
    }
}
