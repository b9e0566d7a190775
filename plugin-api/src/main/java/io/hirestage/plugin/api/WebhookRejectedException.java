package io.hirestage.plugin.api;

/** A webhook call that is not from the vendor or cannot be understood; the portal answers 401 or 400. */
public class WebhookRejectedException extends RuntimeException {

    private final boolean badSignature;

    /**
     * @param reason       why, for the portal's log; the vendor sees only the status code
     * @param badSignature {@code true} when the signature is missing or wrong (answered with 401),
     *                     {@code false} when the body is malformed (answered with 400)
     */
    public WebhookRejectedException(String reason, boolean badSignature) {
        super(reason);
        this.badSignature = badSignature;
    }

    /** Whether the call failed its signature check rather than its parsing. */
    public boolean isBadSignature() {
        return badSignature;
    }
}
