package io.hirestage.candidate;

/** What someone did with a candidate's data. */
public enum CandidateAccessKind {
    PROFILE_OPENED("Opened the profile"),
    RESUME_DOWNLOADED("Downloaded the resume"),
    RESUME_PREVIEWED("Viewed the resume's pages");

    private final String displayName;

    CandidateAccessKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
