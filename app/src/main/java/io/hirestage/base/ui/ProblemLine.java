package io.hirestage.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The line beside a form or action that says why what the person asked was refused, styled as a
 * refusal (the {@code state-badge} of {@code styles.css}); hidden until there is something to say.
 */
public class ProblemLine extends Span {

    public ProblemLine(String id) {
        setId(id);
        addClassName("state-badge");
        getElement().setAttribute("data-state", "REJECTED");
        setVisible(false);
    }

    /** Shows why it was refused. */
    public void show(String problem) {
        setText(problem);
        setVisible(true);
    }

    /** Nothing is wrong (any more). */
    public void clear() {
        setVisible(false);
    }
}
