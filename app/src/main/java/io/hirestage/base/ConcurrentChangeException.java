package io.hirestage.base;

/**
 * A change refused because someone else saved the same thing after the person opened it; nothing
 * was saved. The message is written for the person and names the thing; views show it as it is.
 */
public class ConcurrentChangeException extends RuntimeException {

    ConcurrentChangeException(String message) {
        super(message);
    }
}
