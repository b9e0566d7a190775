package io.hirestage.pipeline;

/** A change to an application that is refused, with what to do instead, in words for the person who asked. */
public class ApplicationRejectedException extends RuntimeException {

    public ApplicationRejectedException(String message) {
        super(message);
    }
}
