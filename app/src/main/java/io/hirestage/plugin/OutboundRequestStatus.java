package io.hirestage.plugin;

/** Where a request to a vendor stands. */
public enum OutboundRequestStatus {
    /** Recorded; made (again) when due. */
    PENDING,
    /** The vendor accepted it; the result is stored. */
    SUCCEEDED,
    /** Refused by the vendor, or still failing after every retry; a person may retry it. */
    FAILED
}
