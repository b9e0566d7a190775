package io.hirestage.candidate;

/**
 * Published (as a Spring application event) inside the merge's transaction, before the duplicate
 * is removed: a feature that keeps something of the duplicate (applications, history) moves it to
 * the kept candidate in its listener. A listener that throws undoes the whole merge.
 *
 * @param keptId        the record that stays
 * @param duplicateId   the record folded into it and removed
 * @param duplicateName the duplicate as people know it, "Ada Lovelace (ada@example.org)"
 */
public record CandidatesMerging(long keptId, long duplicateId, String duplicateName) {
}
