package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.hirestage.opening.OpeningStage;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.BoardCard;
import io.hirestage.pipeline.BoardFilter;
import io.hirestage.pipeline.PipelineBoard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One stage of the board: its name, how many candidates it holds, and their cards, longest in the
 * stage first, {@value #PAGE} at a time ("Show more"), so a column of 2,000 costs no more than one of
 * 20. Plain elements rather than a grid: seven grids were most of the board's first paint. Cards can
 * be dropped here from another column when the person may move candidates into this stage.
 */
class StageColumn extends Div {

    static final int PAGE = 10;

    private final PipelineBoard board;
    private final long openingId;
    private final OpeningStage stage;
    private final Supplier<BoardFilter> filter;
    private final CardActions actions;
    private final boolean movable;
    private final Span count = new Span();
    private final Div list = new Div();
    private final Button more = new Button();
    private final Checkbox wholeColumn = new Checkbox();
    /** The stage named above the board with its count, even when this column is scrolled out of sight. */
    private final Button jump = new Button();
    private final Map<Long, CandidateCard> shown = new LinkedHashMap<>();
    private final Map<Long, BoardCard> selected = new LinkedHashMap<>();
    private long total;
    /** How many cards were read page by page (cards that just landed come on top of them). */
    private int paged;
    private boolean selecting;

    StageColumn(PipelineBoard board, long openingId, OpeningStage stage, Supplier<BoardFilter> filter, CardActions actions) {
        this.board = board;
        this.openingId = openingId;
        this.stage = stage;
        this.filter = filter;
        this.actions = actions;
        this.movable = Applications.mayActOn(stage);
        addClassName("stage-column");
        getElement().setAttribute("data-stage", stage.stage().name());
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", stage.stage().displayName());
        getElement().setAttribute("id", "stage-" + stage.stage().name());

        Span name = new Span(stage.stage().displayName());
        name.addClassName("stage-name");
        count.addClassName("stage-count");
        count.getElement().getThemeList().add("badge pill small contrast");
        wholeColumn.setAriaLabel("Select every candidate shown in " + stage.stage().displayName());
        wholeColumn.setVisible(false);
        wholeColumn.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                shown.values().forEach(card -> {
                    card.select(event.getValue());
                    remember(card);
                });
                actions.selectionChanged();
            }
        });
        Div header = new Div(wholeColumn, name, count);
        header.addClassName("stage-column-header");
        if (!movable) {
            var lock = VaadinIcon.LOCK.create();
            lock.setSize("var(--lumo-icon-size-s)");
            lock.setTooltipText("Your role may not move candidates into or out of this stage");
            header.add(lock);
        }
        list.addClassName("stage-column-cards");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", "Candidates in " + stage.stage().displayName());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClassName("stage-column-more");
        more.addClickListener(click -> showMore());
        add(header, list, more);
        jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        jump.getElement().setAttribute("data-stage", stage.stage().name());
        jump.addClickListener(click -> getElement().executeJs("this.scrollIntoView({inline: 'start', block: 'nearest', behavior: 'smooth'})"));

        if (movable && !stage.skipped()) {
            DropTarget<StageColumn> drop = DropTarget.create(this);
            drop.addDropListener(event -> actions.dropped(this));
        }
    }

    OpeningStage stage() {
        return stage;
    }

    long total() {
        return total;
    }

    /** A click brings the column into view. */
    Button jumpButton() {
        return jump;
    }

    /** The cards on screen, top to bottom. */
    List<BoardCard> cards() {
        return shown.values().stream().map(CandidateCard::card).toList();
    }

    List<BoardCard> selected() {
        return List.copyOf(selected.values());
    }

    Optional<CandidateCard> card(long applicationId) {
        return Optional.ofNullable(shown.get(applicationId));
    }

    /** Shows a checkbox on each card and one for the whole column, or none; hiding them clears the selection. */
    void selecting(boolean on) {
        selecting = on;
        if (!on) {
            selected.clear();
        }
        wholeColumn.setVisible(on);
        wholeColumn.setValue(false);
        shown.values().forEach(this::offerSelection);
    }

    /**
     * Shows the new count and reads the cards again, as many as were shown (a page at least).
     *
     * @param keepSelection a change made by someone else keeps what this person selected
     * @param landed        applications this person just moved here: shown (first, when they are not on
     *                      the pages read) and marked, so the person sees where they went
     */
    void refresh(long total, boolean keepSelection, Set<Long> landed) {
        this.total = total;
        count.setText(String.valueOf(total));
        jump.setText(stage.stage().displayName() + " " + total);
        if (!keepSelection) {
            selected.clear();
            wholeColumn.setValue(false);
        }
        List<BoardCard> cards = new ArrayList<>(board.cards(openingId, stage.stage(), filter.get(), 0, Math.max(PAGE, shown.size())));
        paged = cards.size();
        List<Long> read = cards.stream().map(BoardCard::applicationId).toList();
        List<Long> notRead = landed.stream().filter(id -> !read.contains(id)).toList();
        cards.addAll(0, board.cards(openingId, stage.stage(), filter.get(), notRead));
        shown.clear();
        list.removeAll();
        cards.forEach(this::show);
        landed.stream().map(shown::get).filter(java.util.Objects::nonNull).findFirst().ifPresent(CandidateCard::landed);
        showWhatIsLeft();
    }

    private void showMore() {
        List<BoardCard> page = board.cards(openingId, stage.stage(), filter.get(), paged, PAGE);
        paged += page.size();
        page.stream().filter(card -> !shown.containsKey(card.applicationId())).forEach(this::show);
        showWhatIsLeft();
    }

    private void show(BoardCard card) {
        boolean waitedTooLong = stage.waitedTooLong(card.stageEnteredAt(), Instant.now());
        CandidateCard shownCard = new CandidateCard(card, movable, waitedTooLong, actions, () -> {
            remember(shown.get(card.applicationId()));
            actions.selectionChanged();
        });
        shown.put(card.applicationId(), shownCard);
        // Someone else's change may have moved a selected card on: the selection follows its new version.
        selected.computeIfPresent(card.applicationId(), (id, before) -> card);
        offerSelection(shownCard);
        list.add(shownCard);
    }

    private void offerSelection(CandidateCard card) {
        card.selectable(selecting, selected.containsKey(card.card().applicationId()));
    }

    /** Keeps the column's selection in step with a card's checkbox. */
    private void remember(CandidateCard card) {
        if (card.isSelected()) {
            selected.put(card.card().applicationId(), card.card());
        } else {
            selected.remove(card.card().applicationId());
        }
    }

    private void showWhatIsLeft() {
        long left = Math.max(0, total - shown.size());
        if (total == 0) {
            Div empty = new Div("No candidates in this stage");
            empty.addClassName("stage-column-empty");
            list.add(empty);
        }
        more.setVisible(left > 0);
        more.setText("Show " + Math.min(PAGE, left) + " more of " + left);
    }
}
