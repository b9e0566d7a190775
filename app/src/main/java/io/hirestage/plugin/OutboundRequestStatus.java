package io.hirestage.plugin;

/** Where a request to a vendor stands. */
public enum OutboundRequestStatus {
    /** Recorded; made (again) when due. */
    PENDING,
    /** The vendor accepted it; the result is stored. */
    SUCCEEDED,
    /** Refused by the vendor, or still failing after every retry; a person may retry it. */
    FAILED,
    /**
     * Never sent: the provider does not declare that it can do this through the vendor's API (an
     * erasure its vendor offers no call for), so a person does it at the vendor by hand.
     */
    BY_HAND
}
