package io.hirestage.opening;

/** An opening change the service refuses, with a message for the recruiter; nothing was saved. */
public class OpeningRejectedException extends RuntimeException {

    OpeningRejectedException(String message) {
        super(message);
    }
}
