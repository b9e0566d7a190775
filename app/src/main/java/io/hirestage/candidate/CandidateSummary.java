package io.hirestage.candidate;

import java.time.Instant;
import java.util.List;

/** A candidate as lists, forms and other features see them. */
public record CandidateSummary(Long id, String fullName, String email, String phone, String location, String linkedinUrl,
                               String githubUrl, String portfolioUrl, SourcingChannel channel, String channelDetail, List<String> tags,
                               boolean talentPoolConsent, String country, Instant erasedAt, Instant createdAt, long version,
                               List<String> otherEmails) {

    public CandidateSummary {
        tags = List.copyOf(tags);
        otherEmails = otherEmails == null ? List.of() : List.copyOf(otherEmails);
    }

    /** Whether the person's data was erased: the record is an anonymous one, kept for statistics. */
    public boolean erased() {
        return erasedAt != null;
    }

    /**
     * The given name(s), for vendors that ask for first and last name. The portal keeps one full name,
     * as people write it, so this is its best split: all words but the last; the whole name when it is one word.
     */
    public String givenName() {
        String name = fullName.strip();
        int lastSpace = name.lastIndexOf(' ');
        return lastSpace < 0 ? name : name.substring(0, lastSpace).strip();
    }

    /** The family name: the last word of the full name, or empty for a name of one word (see {@link #givenName()}). */
    public String familyName() {
        String name = fullName.strip();
        int lastSpace = name.lastIndexOf(' ');
        return lastSpace < 0 ? "" : name.substring(lastSpace + 1);
    }

    /** Where the candidate came from, as a recruiter says it: "Internal referral (Grace Hopper)". */
    public String source() {
        return channelDetail == null ? channel.displayName() : channel.displayName() + " (" + channelDetail + ")";
    }
}
