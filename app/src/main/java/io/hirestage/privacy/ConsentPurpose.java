package io.hirestage.privacy;

/** What a candidate agreed to. */
public enum ConsentPurpose {
    /** To have their application data processed for the openings they applied to. */
    PROCESSING("Processing for their applications"),
    /** To be kept after their applications end, and contacted about other openings. */
    TALENT_POOL("Kept in the talent pool");

    private final String displayName;

    ConsentPurpose(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
