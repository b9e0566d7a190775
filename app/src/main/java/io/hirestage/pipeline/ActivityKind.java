package io.hirestage.pipeline;

/** What happened to an application, as its timeline says it. */
public enum ActivityKind {
    ADDED("Added to the opening"),
    MOVED("Moved"),
    REJECTED("Rejected"),
    HIRED("Hired"),
    WITHDRAWN("Withdrew"),
    REOPENED("Reopened"),
    NOTE("Note"),
    /** A new text for an earlier note, by its author; the timeline shows the note with its latest text. */
    NOTE_EDITED("Note edited"),
    /** The author took an earlier note back; the timeline says so in its place. */
    NOTE_DELETED("Note deleted"),
    INTERVIEWERS_ASSIGNED("Interviewers assigned"),
    INVITATION_SENT("Invitation sent"),
    VENDOR_UPDATE("Vendor update"),
    MERGED("Merged");

    private final String displayName;

    ActivityKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
