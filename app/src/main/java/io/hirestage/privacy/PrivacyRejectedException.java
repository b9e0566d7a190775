package io.hirestage.privacy;

/** A privacy request that cannot be carried out, with the reason in words for the person who asked. */
public class PrivacyRejectedException extends RuntimeException {

    public PrivacyRejectedException(String message) {
        super(message);
    }
}
