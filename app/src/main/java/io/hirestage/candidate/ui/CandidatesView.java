package io.hirestage.candidate.ui;

import io.hirestage.base.ui.Attachment;
import io.hirestage.base.ui.GridSort;
import io.hirestage.base.ui.UserTime;
import io.hirestage.jobrole.ApplicationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.grid.GridVariant;
import io.hirestage.candidate.CandidatePlacements;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.OpeningEnrolment;
import io.hirestage.candidate.SavedSearches;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Candidates: everyone in the portal, filtered, sorted and paged in the database: by name, email or
 * resume words, source, tag, a skill the resume mentions, and where they stand in the openings.
 * What is shown can be exported as CSV.
 */
@Route("candidates")
@PageTitle("Candidates · Hirestage")
@Menu(order = 10, title = "Candidates", icon = "vaadin:user-card")
@RolesAllowed({"ADMIN", "RECRUITER"})
public class CandidatesView extends VerticalLayout {

    /** Beyond these a recruiter narrows the search rather than counts: exactly counting a common word is slow. */
    private static final int COUNTED_UP_TO = 10_000;

    private final CandidateSearch search;
    private final Grid<CandidateSummary> grid = new Grid<>(CandidateSummary.class, false);
    private final TextField text = new TextField();
    private final ComboBox<SourcingChannel> channel = new ComboBox<>();
    private final TextField tag = new TextField();
    private final ComboBox<String> skill = new ComboBox<>();
    private final ComboBox<OpeningView> opening = new ComboBox<>();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final Span matching = new Span();
    private final CandidatePlacements placements;
    private Map<Long, String> placed = Map.of();

    public CandidatesView(Candidates candidates, CandidateSearch search, Openings openings, PipelineTemplates jobRoles,
                          ObjectProvider<CandidatePlacements> placements, ObjectProvider<OpeningEnrolment> enrolment,
                          SavedSearches savedSearches) {
        this.search = search;
        this.placements = placements.getIfAvailable(() -> ids -> Map.of());
        setSizeFull();

        text.setPlaceholder("Find by name, email or resume words");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMinWidth("min(18rem, 100%)");
        channel.setPlaceholder("Any source");
        channel.setItems(SourcingChannel.values());
        channel.setItemLabelGenerator(SourcingChannel::displayName);
        tag.setPlaceholder("Tag");
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setWidth("8rem");
        skill.setPlaceholder("Skill in resume");
        skill.setItems(jobRoles.jobRoles().stream().flatMap(role -> role.hardSkills().stream()).distinct().sorted().toList());
        skill.setAllowCustomValue(true);
        skill.addCustomValueSetListener(event -> skill.setValue(event.getDetail()));
        skill.setTooltipText("A skill of a job role, or any words the resume must mention");
        opening.setPlaceholder("Any opening");
        opening.setItems(openings.visibleToMe());
        opening.setItemLabelGenerator(OpeningView::title);
        stage.setPlaceholder("Any stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(Stage::displayName);
        status.setPlaceholder("Any status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(ApplicationStatus::displayName);
        List.of(channel, skill, opening, stage, status).forEach(box -> {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(event -> refresh());
        });
        text.addValueChangeListener(event -> refresh());
        tag.addValueChangeListener(event -> refresh());
        tag.setClearButtonVisible(true);

        // A recruiter who adds someone goes on with them: their resume, an opening.
        Button add = new Button("Add candidate", VaadinIcon.PLUS.create(), click -> new CandidateFormDialog(candidates,
                added -> getUI().ifPresent(ui -> ui.navigate(CandidateView.class, added.id()))).open());
        add.setId("add-candidate");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            StringWriter csv = new StringWriter();
            search.exportCsv(query(), GridSort.of(grid), csv);
            return Attachment.of(event, "candidates-" + LocalDate.now() + ".csv", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
        }), "Export CSV");
        export.setId("export-csv");
        export.getElement().setAttribute("title", "The candidates shown, in this order (up to " + CandidateSearch.MAX_EXPORT + ")");

        // Where they stand comes right after the name, so it is on screen at 1400 px with the menu open.
        grid.addColumn(CandidateSummary::fullName).setHeader("Name").setSortProperty("fullName").setWidth("11rem");
        grid.addColumn(candidate -> placed.getOrDefault(candidate.id(), "")).setHeader("Openings (stage, status)")
                .setWidth("15rem").setFlexGrow(2);
        grid.addColumn(CandidateSummary::email).setHeader("Email").setSortProperty("email").setWidth("14rem");
        grid.addColumn(CandidateSummary::location).setHeader("Location").setSortProperty("location").setWidth("8rem");
        grid.addColumn(CandidateSummary::source).setHeader("Source").setSortProperty("channel").setWidth("10rem");
        grid.addColumn(candidate -> String.join(", ", candidate.tags())).setHeader("Tags").setWidth("9rem");
        grid.addColumn(candidate -> UserTime.date(candidate.createdAt())).setHeader("Added")
                .setSortProperty("createdAt").setWidth("7.5rem").setFlexGrow(0);
        // Tags and openings wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> {
            List<CandidateSummary> page = search.page(query(), pageable);
            // Kept for the rows fetched before, which may still be drawn; emptied when the filters change.
            Map<Long, String> more = new HashMap<>(placed);
            more.putAll(this.placements.describe(page.stream().map(CandidateSummary::id).toList()));
            placed = more;
            return page;
        });
        grid.addItemClickListener(event -> event.getSource().getUI()
                .ifPresent(ui -> ui.navigate(CandidateView.class, event.getItem().id())));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setSizeFull();
        // On a phone the wrapped filters take most of the screen; the page scrolls rather than squeezing the rows away.
        grid.setMinHeight("20rem");
        BulkBar bulk = new BulkBar(candidates, openings, enrolment.getIfAvailable(), grid, this::refresh);

        HorizontalLayout toolbar = new HorizontalLayout(text, channel, tag, skill, add);
        toolbar.setWidthFull();
        toolbar.expand(text);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        SavedSearchBar saved = new SavedSearchBar(savedSearches, this::query, this::apply);
        HorizontalLayout pipeline = new HorizontalLayout(opening, stage, status, matching, export, saved);
        pipeline.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // On a phone the filters go on new lines instead of pushing the page sideways.
        toolbar.setWrap(true);
        pipeline.setWrap(true);
        matching.setId("matching");
        add(new H2("Candidates"), toolbar, pipeline, bulk, grid);
        showCount();
    }

    private void refresh() {
        placed = Map.of();
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        CandidateQuery query = query();
        long count = search.countAtMost(query, COUNTED_UP_TO);
        matching.setText(count > COUNTED_UP_TO ? "more than " + String.format("%,d", COUNTED_UP_TO) + " candidates"
                : count == 1 ? "1 candidate" : String.format("%,d", count) + " candidates");
    }

    /** Puts a saved search's words and filters in the fields, which run it. */
    private void apply(CandidateQuery saved) {
        text.setValue(saved.text() == null ? "" : saved.text());
        channel.setValue(saved.channel());
        tag.setValue(saved.tag() == null ? "" : saved.tag());
        skill.setValue(saved.skill());
        opening.setValue(saved.openingId() == null ? null : opening.getListDataView().getItems()
                .filter(o -> o.id().equals(saved.openingId())).findFirst().orElse(null));
        stage.setValue(saved.stage());
        status.setValue(saved.status());
    }

    CandidateQuery query() {
        return new CandidateQuery(text.getValue(), channel.getValue(), tag.getValue(), skill.getValue(),
                opening.getValue() == null ? null : opening.getValue().id(), stage.getValue(), status.getValue());
    }

}
