package io.hirestage.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown instead of a view that failed while opening. */
@AnonymousAllowed
public class ErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        super("This page could not be opened", "");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception thrown = parameter.getException();
        String refusal = ErrorMessages.refusal(thrown);
        if (refusal != null) {
            say(refusal);
            return refusal.equals(ErrorMessages.NO_ACCESS) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST;
        }
        String reference = PortalErrorHandler.newReference();
        log.error("Unexpected error opening {}, reference {}", event.getLocation().getPath(), reference, thrown);
        say(ErrorMessages.unexpected(reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
