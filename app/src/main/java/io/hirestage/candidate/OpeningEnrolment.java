package io.hirestage.candidate;

import java.util.Collection;

/**
 * Adds several candidates to an opening at once, from the candidates list. The feature that holds
 * applications provides it as a bean; each candidate is added on their own, so one refusal leaves
 * the others added.
 */
public interface OpeningEnrolment {

    /** What happened, in a sentence for the recruiter: "3 added to Backend Lead; Ada Lovelace is in it already, in Sourcing". */
    String addAll(Collection<Long> candidateIds, long openingId);
}
