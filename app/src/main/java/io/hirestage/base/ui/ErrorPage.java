package io.hirestage.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What every error page shows: a heading, what happened in plain words, and the way back to the
 * start. It stands alone, without the main layout: the layout itself needs the signed-in user, and
 * an error page must not fail in turn.
 */
abstract class ErrorPage extends VerticalLayout {

    private final Paragraph message = new Paragraph();

    ErrorPage(String heading, String message) {
        this.message.setId("error-message");
        this.message.setText(message);
        add(new H2(heading), this.message, new Anchor("", "Back to the start"));
    }

    /** For a page that learns what happened only when it is shown. */
    void say(String message) {
        this.message.setText(message);
    }
}
