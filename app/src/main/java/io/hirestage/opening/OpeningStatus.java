package io.hirestage.opening;

/** Where an opening stands. */
public enum OpeningStatus {
    DRAFT("Draft"), OPEN("Open"), ON_HOLD("On hold"), FILLED("Filled"), CLOSED("Closed");

    private final String displayName;

    OpeningStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
