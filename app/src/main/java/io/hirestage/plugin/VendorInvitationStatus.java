package io.hirestage.plugin;

/** Where an invitation stands at its vendor, as the portal last saw it. */
public enum VendorInvitationStatus {
    /** Sent; the candidate has not finished. Checked again until it is final. */
    INVITED,
    /** Finished; the result is stored. */
    COMPLETED,
    EXPIRED,
    CANCELLED,
    /**
     * No longer followed: the vendor answered with something the portal cannot trust (a score above its
     * maximum, missing fields), refused, or its checks kept failing; until an admin asks to check again.
     */
    VENDOR_ERROR;

    boolean isFinal() {
        return this != INVITED;
    }
}
