package io.hirestage.jobrole;

/** The level a job role is hired at. */
public enum Seniority {
    JUNIOR("Junior"), MID("Mid-level"), SENIOR("Senior"), LEAD("Lead"), PRINCIPAL("Principal");

    private final String displayName;

    Seniority(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
