package io.hirestage.plugin;

/**
 * An admin's retry of parked work that is refused because it is no longer parked (someone else
 * started it again, or it succeeded meanwhile) or no longer exists; the message says which, in words
 * for the admin, and nothing was changed.
 */
public class RetryRejectedException extends RuntimeException {

    RetryRejectedException(String reason) {
        super(reason);
    }
}
