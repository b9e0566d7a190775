package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import io.hirestage.pipeline.BoardCard;
import java.time.Instant;
import org.jsoup.nodes.Entities;

/**
 * A candidate's card in a column of the board: name, source, time in the stage and the latest
 * result. Enter or a click opens the application; its "Move…" button offers the stages the person may
 * move the candidate to, so the board works without a mouse; while selecting, a checkbox picks it for
 * bulk actions. The card is one element drawn from escaped HTML with one click listener: a board
 * holds 175 cards on first paint, and the browser builds each element Vaadin sends it one by one
 * (a card of six components made the board slower than the grids it replaced).
 */
@Tag("div")
class CandidateCard extends Component {

    /** Which part of the card was clicked: "move", "select" or the card itself. */
    static final String CLICKED_PART = "event.target.closest('[data-part]') ? event.target.closest('[data-part]').dataset.part : 'card'";
    /** Which key presses open the card: Enter on the card itself, not on its Move button or checkbox. */
    static final String OPENING_KEY = "event.key === 'Enter' && event.target === event.currentTarget";

    private final BoardCard card;
    private final boolean movable;
    private final boolean waitedTooLong;
    private boolean selectable;
    private boolean selected;

    /**
     * @param movable whether the person may move the candidate out of this stage: only then can the card
     *                be dragged and does it offer "Move…"
     * @param waitedTooLong whether the candidate has been in the stage longer than the pipeline allows: the card stands out
     * @param selectionChanged told when the person ticks or clears the card's checkbox
     */
    CandidateCard(BoardCard card, boolean movable, boolean waitedTooLong, CardActions actions, Runnable selectionChanged) {
        this.card = card;
        this.movable = movable;
        this.waitedTooLong = waitedTooLong;
        Element element = getElement();
        element.getClassList().add("board-card");
        element.getClassList().set("waited-too-long", waitedTooLong);
        element.setAttribute("data-application", String.valueOf(card.applicationId()));
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "listitem");
        element.setAttribute("aria-label", card.candidateName() + ", " + card.channel().displayName() + ", "
                + card.timeInStage(Instant.now()) + " in stage" + (waitedTooLong ? ", waiting too long" : "") + ". Enter opens the application.");
        element.addEventListener("click", event -> {
            switch (event.getEventData().path(CLICKED_PART).asString("card")) {
                case "move" -> actions.move(card);
                case "select" -> {
                    selected = !selected;
                    draw();
                    selectionChanged.run();
                }
                default -> actions.open(card);
            }
        }).addEventData(CLICKED_PART);
        element.addEventListener("keydown", event -> actions.open(card)).setFilter(OPENING_KEY);
        if (movable) {
            // Dropped on a column, which is a Vaadin drop target; the board remembers which card is on the way.
            element.setAttribute("draggable", "true");
            element.addEventListener("dragstart", event -> actions.dragStarted(card));
        }
        draw();
    }

    BoardCard card() {
        return card;
    }

    /** Shows a checkbox to select the card for bulk actions, or none (which clears it). */
    void selectable(boolean on, boolean selected) {
        this.selectable = on;
        this.selected = on && selected;
        draw();
    }

    /** Ticks or clears the checkbox, as "select the whole column" does. */
    void select(boolean selected) {
        if (selectable) {
            this.selected = selected;
            draw();
        }
    }

    boolean isSelected() {
        return selected;
    }

    /** Marks the card as the one that just arrived and brings it into view. */
    void landed() {
        getElement().getClassList().add("landed");
        getElement().executeJs("this.scrollIntoView({block: 'nearest', behavior: 'smooth'})");
    }

    void focus() {
        getElement().executeJs("this.focus()");
    }

    /** Everything shown comes from the candidate's record and is escaped; nothing is taken as markup. */
    private void draw() {
        String name = Entities.escape(card.candidateName());
        StringBuilder html = new StringBuilder();
        if (selectable) {
            html.append("<input type=\"checkbox\" class=\"card-select\" data-part=\"select\" aria-label=\"Select ").append(name).append('"')
                    .append(selected ? " checked" : "").append('>');
        }
        html.append("<div class=\"board-card-name\">").append(name).append("</div>")
                .append("<div class=\"board-card-meta\">").append(Entities.escape(card.channel().displayName())).append(" · ")
                .append(Entities.escape(card.timeInStage(Instant.now()))).append(" in stage")
                .append(waitedTooLong ? " · <strong class=\"waiting\">waiting too long</strong>" : "").append("</div>")
                .append("<div class=\"board-card-result\">").append(Entities.escape(card.latestResult())).append("</div>");
        if (movable) {
            html.append("<button type=\"button\" class=\"card-move\" data-part=\"move\" aria-label=\"Move ").append(name)
                    .append(" to another stage\">Move…</button>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }
}
