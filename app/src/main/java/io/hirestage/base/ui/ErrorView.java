package io.hirestage.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a view that failed while opening. It stands alone, without the main layout:
 * the layout itself needs the signed-in user, and an error page must not fail in turn.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final Paragraph message = new Paragraph();

    public ErrorView() {
        message.setId("error-message");
        add(new H2("This page could not be opened"), message, new Anchor("", "Back to the start"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception thrown = parameter.getException();
        String refusal = ErrorMessages.refusal(thrown);
        if (refusal != null) {
            message.setText(refusal);
            return refusal.equals(ErrorMessages.NO_ACCESS) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST;
        }
        String reference = PortalErrorHandler.newReference();
        log.error("Unexpected error opening {}, reference {}", event.getLocation().getPath(), reference, thrown);
        message.setText(ErrorMessages.unexpected(reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
