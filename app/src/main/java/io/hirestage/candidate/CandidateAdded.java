package io.hirestage.candidate;

/**
 * Published (as a Spring application event) inside the transaction that adds a candidate, so a
 * feature that keeps something about new candidates records it with them: the privacy feature
 * records the talent-pool consent ticked on the form, with the date and the notice in force.
 *
 * @param candidateId          the new candidate
 * @param talentPoolConsentTicked whether the recruiter ticked that the candidate agreed to be kept in the talent pool
 */
public record CandidateAdded(long candidateId, boolean talentPoolConsentTicked) {
}
