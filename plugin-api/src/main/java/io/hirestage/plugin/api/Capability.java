package io.hirestage.plugin.api;

/**
 * Something a vendor may or may not do. A provider declares what it does in
 * {@link StageProvider#capabilities()}; the portal offers and uses only that, and the test kit tests
 * only that. Since API 1.1.
 */
public enum Capability {

    /** Withdraws an invitation so that its link stops working ({@code cancel}). */
    CANCEL,

    /**
     * Erases what the vendor holds about a candidate ({@code eraseCandidate}). Without it, the portal
     * tells the admin who erases a candidate to erase them at the vendor by hand.
     */
    ERASE_AT_VENDOR,

    /** Hands back the link the candidate opens; without it the vendor sends the candidate its own email. */
    CANDIDATE_LINK,

    /** Says when an invitation's link stops working. */
    EXPIRY,

    /** Takes the vendor's webhooks: the provider also implements {@link WebhookReceiver}. */
    WEBHOOKS,

    /**
     * The vendor calls the invitation's own {@code callbackUrl} (any HTTP method, signed or not) when
     * something changed; the portal then asks the provider for the status and never reads the call's body.
     */
    CALLBACKS
}
