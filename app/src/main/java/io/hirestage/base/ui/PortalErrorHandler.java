package io.hirestage.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's handler for what a listener throws (a click, a value change): the person sees a
 * notification, the log gets the stack trace once with the reference the person was shown. Without
 * a UI (a failure outside any request of a view) there is no one to tell, so it is only logged.
 */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        String refusal = ErrorMessages.refusal(thrown);
        if (refusal != null && UI.getCurrent() != null) {
            log.debug("Refused: {}", refusal);
            Toasts.refused(refusal);
            return;
        }
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, thrown);
        if (UI.getCurrent() != null) {
            Toasts.refused(ErrorMessages.unexpected(reference));
        }
    }

    /** Short enough to read out on the phone, unique enough to find in the log. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
