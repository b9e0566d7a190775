package io.hirestage.candidate;

import java.util.List;

/**
 * A new candidate looks like people already in the portal (same phone number, or the same name);
 * nothing was saved. The recruiter checks them and adds the candidate anyway if they differ.
 */
public class PossibleDuplicatesException extends RuntimeException {

    private final List<CandidateSummary> lookalikes;

    PossibleDuplicatesException(List<CandidateSummary> lookalikes) {
        super("Possible duplicate of " + lookalikes.stream().map(CandidateSummary::fullName).toList());
        this.lookalikes = List.copyOf(lookalikes);
    }

    public List<CandidateSummary> lookalikes() {
        return lookalikes;
    }
}
