package io.hirestage.candidate;

import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;

/**
 * What a recruiter narrows the candidates grid to; {@code null} or blank does not filter.
 *
 * @param text      words in the name or email, or all of them in the resume
 * @param channel   where they were found
 * @param tag       one tag, exactly
 * @param skill     a skill (one or more words) the resume mentions
 * @param openingId in this opening
 * @param stage     with an application in this stage (of the opening, if one is chosen)
 * @param status    with an application in this state (of the opening, if one is chosen)
 */
public record CandidateQuery(String text, SourcingChannel channel, String tag, String skill, Long openingId, Stage stage,
                             ApplicationStatus status) {

    public static CandidateQuery none() {
        return new CandidateQuery(null, null, null, null, null, null, null);
    }

    public static CandidateQuery text(String text) {
        return new CandidateQuery(text, null, null, null, null, null, null);
    }
}
