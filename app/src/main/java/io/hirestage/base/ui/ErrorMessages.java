package io.hirestage.base.ui;

import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.base.StaleCheck;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person reads when something they did fails: the portal's own refusals speak for
 * themselves; anything else gets one calm sentence and a reference to quote, never a stack trace.
 */
final class ErrorMessages {

    static final String UNEXPECTED = "Something went wrong; nothing was changed. Try again or reload the page.";
    static final String NO_ACCESS = "You do not have access to this.";

    private ErrorMessages() {
    }

    /** The message for a refusal the person can act on, or null if the failure is unexpected. */
    static String refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return NO_ACCESS;
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                // the database saw two saves at the same moment: the same situation as a stale edit
                return StaleCheck.message("What you were changing");
            }
            // Each feature refuses with its own *RejectedException and words written for the user.
            if (cause instanceof ConcurrentChangeException || cause.getClass().getSimpleName().endsWith("RejectedException")) {
                return cause.getMessage();
            }
        }
        return null;
    }

    static String unexpected(String reference) {
        return UNEXPECTED + " Reference: " + reference;
    }
}
