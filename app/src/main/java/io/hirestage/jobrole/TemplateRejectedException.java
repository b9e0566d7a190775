package io.hirestage.jobrole;

/** A pipeline template change the service refuses, with a message for the admin; nothing was saved. */
public class TemplateRejectedException extends RuntimeException {

    TemplateRejectedException(String message) {
        super(message);
    }
}
