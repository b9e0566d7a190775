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

    /** Where the candidate came from, as a recruiter says it: "Internal referral (Grace Hopper)". */
    public String source() {
        return channelDetail == null ? channel.displayName() : channel.displayName() + " (" + channelDetail + ")";
    }
}
