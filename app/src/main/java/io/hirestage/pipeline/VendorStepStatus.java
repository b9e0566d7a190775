package io.hirestage.pipeline;

/** Where a vendor stage's invitation stands for the application. */
public enum VendorStepStatus {
    /** Recorded; the portal is sending it to the vendor (retrying while the vendor is unreachable). */
    SENDING("Sending"),
    /** The vendor sent the invitation; the candidate has not finished. */
    INVITED("Invited"),
    COMPLETED("Completed"),
    EXPIRED("Expired"),
    CANCELLED("Cancelled"),
    /** The vendor refused the invitation, or could not be reached after every retry; a recruiter may retry. */
    FAILED("Failed"),
    /** The vendor's answer could not be trusted (a score above its maximum, missing fields). */
    VENDOR_ERROR("Vendor error");

    private final String displayName;

    VendorStepStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
