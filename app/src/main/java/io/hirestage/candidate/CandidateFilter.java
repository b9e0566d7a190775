package io.hirestage.candidate;

/**
 * What a recruiter narrows the candidate list to; {@code null} or blank does not filter.
 *
 * @param text    words in the name or email
 * @param channel where they were found
 * @param tag     one tag, exactly
 */
public record CandidateFilter(String text, SourcingChannel channel, String tag) {

    public static CandidateFilter none() {
        return new CandidateFilter(null, null, null);
    }
}
