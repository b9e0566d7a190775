package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import io.hirestage.pipeline.BoardCard;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A candidate's card in a column of the board: name, source, time in the stage and the latest
 * result. Enter or a click opens the application; its "Move…" button offers the stages the person may
 * move the candidate to, so the board works without a mouse. Plain elements, so that a board of
 * seven columns paints quickly.
 */
class CandidateCard extends Div {

    /** Which clicks open the card: not those on its checkbox or its Move button. */
    static final String OPENING_CLICK = "!event.target.closest('vaadin-checkbox, .card-move')";
    /** Which key presses open the card: Enter on the card itself, not on its Move button. */
    static final String OPENING_KEY = "event.key === 'Enter' && event.target === event.currentTarget";

    private final BoardCard card;
    private Checkbox checkbox;

    /**
     * @param movable whether the person may move the candidate out of this stage: only then can the card
     *                be dragged and does it offer "Move…"
     */
    CandidateCard(BoardCard card, boolean movable, CardActions actions) {
        this.card = card;
        addClassName("board-card");
        Element element = getElement();
        element.setAttribute("data-application", String.valueOf(card.applicationId()));
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "listitem");
        String waiting = card.timeInStage(Instant.now());
        element.setAttribute("aria-label", card.candidateName() + ", " + card.channel().displayName() + ", " + waiting
                + " in stage. Enter opens the application.");
        add(line("board-card-name", card.candidateName()),
                line("board-card-meta", card.channel().displayName() + " · " + waiting + " in stage"),
                line("board-card-result", card.latestResult()));
        element.addEventListener("click", event -> actions.open(card)).setFilter(OPENING_CLICK);
        element.addEventListener("keydown", event -> actions.open(card)).setFilter(OPENING_KEY);
        if (movable) {
            Element move = new Element("button");
            move.setAttribute("type", "button");
            move.getClassList().add("card-move");
            move.setText("Move…");
            move.setAttribute("aria-label", "Move " + card.candidateName() + " to another stage");
            move.addEventListener("click", event -> actions.move(card));
            element.appendChild(move);
            DragSource<CandidateCard> drag = DragSource.create(this);
            drag.addDragStartListener(event -> actions.dragStarted(card));
        }
    }

    private static Div line(String className, String text) {
        Div line = new Div(text);
        line.addClassName(className);
        return line;
    }

    BoardCard card() {
        return card;
    }

    /** Shows a checkbox to select the card for bulk actions, or removes it. */
    void selectable(boolean on, boolean selected, Consumer<Boolean> changed) {
        if (checkbox != null) {
            remove(checkbox);
            checkbox = null;
        }
        if (on) {
            checkbox = new Checkbox(selected);
            checkbox.setAriaLabel("Select " + card.candidateName());
            checkbox.addClassName("card-select");
            checkbox.addValueChangeListener(event -> changed.accept(event.getValue()));
            addComponentAsFirst(checkbox);
        }
    }

    /** Ticks or clears the checkbox, as "select the whole column" does. */
    void select(boolean selected) {
        if (checkbox != null) {
            checkbox.setValue(selected);
        }
    }

    boolean isSelected() {
        return checkbox != null && checkbox.getValue();
    }

    /** Marks the card as the one that just arrived and brings it into view. */
    void landed() {
        addClassName("landed");
        getElement().executeJs("this.scrollIntoView({block: 'nearest', behavior: 'smooth'})");
    }

    void focus() {
        getElement().executeJs("this.focus()");
    }
}
