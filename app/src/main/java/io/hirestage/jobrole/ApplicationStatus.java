package io.hirestage.jobrole;

/** Where an application stands overall; only active applications are on the board and move between stages. */
public enum ApplicationStatus {
    ACTIVE("Active"),
    HIRED("Hired"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn");

    private final String displayName;

    ApplicationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
