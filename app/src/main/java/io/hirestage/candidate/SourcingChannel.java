package io.hirestage.candidate;

/** Where a candidate was found: the channels of the hiring guide, plus one for anything else. */
public enum SourcingChannel {
    LINKEDIN("LinkedIn groups"),
    GITHUB("GitHub contributors"),
    ENGINEERING_COMMUNITY("Slack and Discord engineering communities"),
    CONFERENCE("Tech conferences"),
    JOB_BOARD("Specialist job boards"),
    /** The channel detail names the referrer. */
    REFERRAL("Internal referral"),
    OPEN_SOURCE("Open-source networks"),
    MEETUP("Engineering meetups"),
    /** The channel detail names the channel. */
    OTHER("Other channel");

    private final String displayName;

    SourcingChannel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the channel needs its detail: the referrer's name, or the other channel's name. */
    public boolean needsDetail() {
        return this == REFERRAL || this == OTHER;
    }
}
