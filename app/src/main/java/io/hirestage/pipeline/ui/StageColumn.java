package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.BoardCard;
import io.hirestage.pipeline.BoardFilter;
import io.hirestage.pipeline.PipelineBoard;
import io.hirestage.opening.OpeningStage;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One stage of the board: its name, how many candidates it holds, and their cards, read a page at a
 * time as the recruiter scrolls (so a column of 2,000 costs no more than one of 20). Cards can be
 * dragged to another column, and selected for bulk actions once the recruiter asks for checkboxes.
 */
class StageColumn extends Grid<BoardCard> {

    private final OpeningStage stage;
    private final Span count = new Span();
    private long total;

    StageColumn(PipelineBoard board, long openingId, OpeningStage stage, Supplier<BoardFilter> filter) {
        super(BoardCard.class, false);
        this.stage = stage;
        setSelectionMode(SelectionMode.NONE);
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setRowsDraggable(true);
        setDropMode(GridDropMode.ON_GRID);
        setWidth("17rem");
        setMinWidth("17rem");
        setHeightFull();
        getElement().setAttribute("data-stage", stage.stage().name());
        getElement().setAttribute("aria-label", stage.stage().displayName());

        Span name = new Span(stage.stage().displayName());
        name.getStyle().set("font-weight", "600");
        count.addClassName("stage-count");
        count.getElement().getThemeList().add("badge pill small contrast");
        HorizontalLayout header = new HorizontalLayout(name, count);
        header.setSpacing(true);
        if (!Applications.mayActOn(stage)) {
            var lock = VaadinIcon.LOCK.create();
            lock.setSize("var(--lumo-icon-size-s)");
            lock.setTooltipText("Your role may not move candidates into or out of this stage");
            header.add(lock);
        }
        addColumn(LitRenderer.<BoardCard>of("""
                        <div class="board-card" data-application="${item.id}">
                          <div class="board-card-name" style="font-weight:600">${item.name}</div>
                          <div style="font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)">
                            ${item.source} · ${item.waiting} in stage</div>
                          <div class="board-card-result" style="font-size:var(--lumo-font-size-s)">${item.result}</div>
                        </div>""")
                .withProperty("id", BoardCard::applicationId)
                .withProperty("name", BoardCard::candidateName)
                .withProperty("source", card -> card.channel().displayName())
                .withProperty("waiting", card -> card.timeInStage(Instant.now()))
                .withProperty("result", BoardCard::latestResult))
                .setHeader(header);
        setDataProvider(new CallbackDataProvider<>(
                query -> board.cards(openingId, stage.stage(), filter.get(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) total, BoardCard::applicationId));
    }

    /**
     * Shows a checkbox on each card (and one to select the whole column), or none. The board opens
     * without them: seven columns of checkboxes took about 550 ms of the browser's first paint.
     *
     * @param selectionChanged told of every change of this column's selection while the checkboxes show
     */
    void selecting(boolean on, Runnable selectionChanged) {
        setSelectionMode(on ? SelectionMode.MULTI : SelectionMode.NONE);
        if (on) {
            addSelectionListener(event -> selectionChanged.run());
        }
    }

    OpeningStage stage() {
        return stage;
    }

    long total() {
        return total;
    }

    /**
     * Shows the new count and reads the cards again.
     *
     * @param keepSelection a change made by someone else keeps what this person selected
     */
    void refresh(long total, boolean keepSelection) {
        this.total = total;
        count.setText(String.valueOf(total));
        if (!keepSelection) {
            deselectAll();
        }
        getDataProvider().refreshAll();
    }
}
