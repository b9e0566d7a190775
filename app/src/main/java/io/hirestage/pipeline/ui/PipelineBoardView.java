package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.candidate.ui.CandidateView;
import io.hirestage.pipeline.ApplicationRef;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.BoardCard;
import java.util.Optional;
import io.hirestage.pipeline.ApplicationRejectedException;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.ApplicationLink;
import io.hirestage.pipeline.BoardFilter;
import io.hirestage.pipeline.BulkOutcome;
import io.hirestage.base.ui.Confirmation;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline board of an opening: a column per stage with its count, a card per active candidate
 * (time in stage, latest score), drag and drop between columns, bulk move and reject of the selected
 * cards, filters, and the application panel of a card. Moves by others and vendors' results appear
 * without reloading.
 */
@Route("openings/:" + PipelineBoardView.OPENING_ID + "/board")
@PermitAll
public class PipelineBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String OPENING_ID = "openingId";

    private final PipelineServices services;
    private final TextField search = new TextField();
    private final ComboBox<SourcingChannel> channel = new ComboBox<>();
    private final Select<Stage> moveSelected = new Select<>();
    private final Span selectedCount = new Span();
    private final Button selectCards = new Button();
    private final HorizontalLayout bulkActions = new HorizontalLayout();
    private boolean selecting;
    private final HorizontalLayout columns = new HorizontalLayout();
    private final Div stageOverview = new Div();
    private final List<StageColumn> stageColumns = new ArrayList<>();
    private final CardActions cardActions = new OnTheBoard();
    private BoardCard dragged;
    /** Where this person's last move took candidates, by stage: kept marked when others' changes redraw the board. */
    private Map<Stage, Set<Long>> landed = Map.of();
    private OpeningView opening;
    private Runnable unsubscribe = () -> {
    };

    public PipelineBoardView(PipelineServices services) {
        this.services = services;
        setSizeFull();
        search.setPlaceholder("Find by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        channel.setPlaceholder("Any source");
        channel.setItems(SourcingChannel.values());
        channel.setItemLabelGenerator(SourcingChannel::displayName);
        channel.setClearButtonVisible(true);
        channel.addValueChangeListener(event -> refresh());
        columns.setHeightFull();
        columns.setWidthFull();
        columns.addClassName("board-columns");
        columns.setId("board");
        stageOverview.addClassName("board-stage-overview");
        stageOverview.getElement().setAttribute("aria-label", "Stages of this opening");
        moveSelected.setPlaceholder("Move selected to…");
        moveSelected.setItemLabelGenerator(Stage::displayName);
        moveSelected.setId("move-selected");
        moveSelected.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                List<ApplicationRef> refs = selected();
                Stage to = event.getValue();
                moveSelected.clear();
                if (refs.isEmpty()) {
                    Toasts.refused("Select the candidates to move first");
                } else {
                    String who = refs.size() == 1 ? "1 candidate" : refs.size() + " candidates";
                    Confirmation.ask("Move " + who + " to " + to.displayName() + "?", "Each one's history records the move.", "Move",
                            () -> move(refs, to));
                }
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long openingId;
        try {
            openingId = Long.parseLong(event.getRouteParameters().get(OPENING_ID).orElse(""));
            opening = services.openings().find(openingId);
        } catch (NumberFormatException | OpeningRejectedException e) {
            removeAll();
            add(new H2("This opening does not exist or is not yours to see"));
            opening = null;
            return;
        }
        build();
        // A link from the inbox opens the application it is about on top of the board.
        event.getLocation().getQueryParameters().getSingleParameter(ApplicationLink.PARAMETER).flatMap(PipelineBoardView::number)
                .flatMap(this::visibleApplication).ifPresent(application -> open(application.id(), application.candidateId(),
                        application.candidateName()));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The application, when it is one of this opening and the person sees it. */
    private Optional<ApplicationView> visibleApplication(long applicationId) {
        try {
            return Optional.of(services.applications().find(applicationId)).filter(application -> application.openingId().equals(opening.id()));
        } catch (ApplicationRejectedException e) {
            Toasts.refused(e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (opening == null ? "Board" : opening.title()) + " · Hirestage";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = services.feed().subscribe(change -> {
            if (opening != null && change.openingId().equals(opening.id())) {
                ui.access(() -> refresh(true));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }

    private void build() {
        removeAll();
        H2 title = new H2(opening.title());
        Span status = new Span(opening.status().displayName());
        status.getElement().getThemeList().add("badge");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);

        Button rejectSelected = new Button("Reject selected…", click -> {
            List<ApplicationRef> refs = selected();
            if (refs.isEmpty()) {
                Toasts.refused("Select the candidates to reject first");
                return;
            }
            new RejectDialog(refs.size() == 1 ? "1 candidate" : refs.size() + " candidates",
                    reason -> apply(services.applications().rejectAll(refs, reason), "Rejected", null)).open();
        });
        rejectSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rejectSelected.setId("reject-selected");
        selectCards.setId("select-cards");
        selectCards.addClickListener(click -> selecting(!selecting));
        bulkActions.removeAll();
        bulkActions.add(moveSelected, rejectSelected, selectedCount);
        bulkActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        bulkActions.setPadding(false);
        bulkActions.setId("bulk-actions");
        HorizontalLayout toolbar = new HorizontalLayout(search, channel, selectCards, bulkActions);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (CurrentUser.seesEverything()) {
            Button pipeline = new Button("Pipeline…", VaadinIcon.COG.create(),
                    click -> new SkipStagesDialog(services.openings(), services.openings().find(opening.id()), this::build).open());
            pipeline.setTooltipText("Skip stages for this opening, where admins allow it");
            toolbar.add(pipeline);
        }
        add(heading, toolbar, stageOverview, columns);
        buildColumns();
    }

    /** Shows or hides the cards' checkboxes and the bulk actions that work on them; hiding them clears the selection. */
    private void selecting(boolean on) {
        selecting = on;
        selectCards.setText(on ? "Done selecting" : "Select cards");
        selectCards.setIcon((on ? VaadinIcon.CHECK : VaadinIcon.CHECK_SQUARE_O).create());
        selectCards.setTooltipText(on ? "Hide the checkboxes" : "Show checkboxes to move or reject several candidates at once");
        bulkActions.setVisible(on);
        stageColumns.forEach(column -> column.selecting(on));
        showSelectedCount();
    }

    private void buildColumns() {
        columns.removeAll();
        stageColumns.clear();
        Map<Stage, Long> counts = services.board().counts(opening.id(), filter());
        // A skipped stage stays on the board while candidates are still in it.
        List<OpeningStage> shown = services.openings().pipeline(opening.id()).stream()
                .filter(stage -> !stage.skipped() || counts.getOrDefault(stage.stage(), 0L) > 0).toList();
        // Only the stages the person may move candidates into are offered (admins may act on every stage).
        moveSelected.setItems(targets(shown, null));
        stageOverview.removeAll();
        for (OpeningStage stage : shown) {
            StageColumn column = new StageColumn(services.board(), opening.id(), stage, this::filter, cardActions);
            stageColumns.add(column);
            columns.add(column);
            stageOverview.add(column.jumpButton());
        }
        showCounts(counts, false, Map.of());
        selecting(selecting);
    }

    /** The stages a card may be moved to from where it is: not skipped, not its own, and open to the person's role. */
    private static List<Stage> targets(List<OpeningStage> stages, Stage from) {
        return stages.stream().filter(stage -> !stage.skipped() && stage.stage() != from).filter(Applications::mayActOn)
                .map(OpeningStage::stage).toList();
    }

    /** Reads the counts and the cards again after this person's own change or filter, which clears the selection. */
    private void refresh() {
        refresh(false);
    }

    /**
     * Reads the counts and the cards again, keeping the columns.
     *
     * @param keepSelection a change made by someone else (or the echo of this person's own) keeps what this
     *                      person selected and where their last move landed
     */
    private void refresh(boolean keepSelection) {
        if (opening == null) {
            return;
        }
        if (!keepSelection) {
            landed = Map.of();
        }
        showCounts(services.board().counts(opening.id(), filter()), keepSelection, landed);
        showSelectedCount();
    }

    /**
     * @param landed applications this person just moved, by the stage they were moved to
     */
    private void showCounts(Map<Stage, Long> counts, boolean keepSelection, Map<Stage, Set<Long>> landed) {
        stageColumns.forEach(column -> column.refresh(counts.getOrDefault(column.stage().stage(), 0L), keepSelection,
                landed.getOrDefault(column.stage().stage(), Set.of())));
    }

    private void move(List<ApplicationRef> refs, Stage to) {
        move(refs, null, to);
    }

    /** @param from where the candidates are, when they are all in one stage: the message then names the stages the move skips */
    private void move(List<ApplicationRef> refs, Stage from, Stage to) {
        List<OpeningStage> onTheBoard = stageColumns.stream().map(StageColumn::stage).filter(stage -> !stage.skipped()).toList();
        String skipping = from == null ? "" : Applications.skipping(onTheBoard, from, to).map(skipped -> ", skipping " + skipped).orElse("");
        apply(services.applications().moveAll(refs, to), "Moved", to.displayName() + skipping,
                Map.of(to, refs.stream().map(ApplicationRef::id).collect(java.util.stream.Collectors.toSet())));
    }

    /** How the board answers what a person does with a card. */
    private final class OnTheBoard implements CardActions {

        @Override
        public void open(BoardCard card) {
            PipelineBoardView.this.open(card);
        }

        @Override
        public void move(BoardCard card) {
            List<OpeningStage> onTheBoard = stageColumns.stream().map(StageColumn::stage).toList();
            new MoveDialog(card, targets(onTheBoard, card.stage()), onTheBoard.stream().filter(stage -> !stage.skipped()).toList(),
                    to -> PipelineBoardView.this.move(List.of(card.ref()), card.stage(), to)).open();
        }

        @Override
        public void dragStarted(BoardCard card) {
            dragged = card;
        }

        @Override
        public void dropped(StageColumn target) {
            BoardCard card = dragged;
            dragged = null;
            if (card == null || card.stage() == target.stage().stage()) {
                return;
            }
            // A selected card carries the rest of the selection with it.
            List<ApplicationRef> selected = selected();
            List<ApplicationRef> refs = selected.stream().anyMatch(ref -> ref.id() == card.applicationId())
                    ? selected : List.of(card.ref());
            PipelineBoardView.this.move(refs, refs.size() == 1 ? card.stage() : null, target.stage().stage());
        }

        @Override
        public void selectionChanged() {
            showSelectedCount();
        }
    }

    private void open(BoardCard card) {
        open(card.applicationId(), card.candidateId(), card.candidateName());
    }

    private void open(long applicationId, long candidateId, String candidateName) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(candidateName);
        dialog.setWidth("44rem");
        dialog.add(new ApplicationPanel(services, applicationId, this::refresh));
        Button close = new Button("Close", click -> dialog.close());
        // Focus goes back to the card, wherever it is now, so a keyboard user carries on from there.
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                stageColumns.stream().flatMap(column -> column.card(applicationId).stream()).findFirst()
                        .ifPresent(CandidateCard::focus);
            }
        });
        dialog.getFooter().add(close);
        if (CurrentUser.seesEverything()) {
            Button profile = new Button("Candidate profile", click -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(CandidateView.class, candidateId));
            });
            dialog.getHeader().add(profile);
        }
        dialog.open();
    }

    private void apply(BulkOutcome outcome, String verb, String stageName) {
        apply(outcome, verb, stageName, Map.of());
    }

    private void apply(BulkOutcome outcome, String verb, String stageName, Map<Stage, Set<Long>> landed) {
        if (outcome.changed() > 0) {
            Toasts.done(verb + " " + (outcome.changed() == 1 ? "1 candidate" : outcome.changed() + " candidates")
                    + (stageName == null ? "" : " to " + stageName));
        }
        if (!outcome.refused().isEmpty()) {
            Toasts.refused(String.join("\n", outcome.refused()));
        }
        this.landed = landed;
        showCounts(services.board().counts(opening.id(), filter()), false, landed);
        showSelectedCount();
    }

    private List<ApplicationRef> selected() {
        return stageColumns.stream().flatMap(column -> column.selected().stream()).map(BoardCard::ref).toList();
    }

    private void showSelectedCount() {
        int selected = stageColumns.stream().mapToInt(column -> column.selected().size()).sum();
        selectedCount.setText(selected == 0 ? "" : selected + " selected");
    }

    private BoardFilter filter() {
        return new BoardFilter(search.getValue(), channel.getValue());
    }
}
