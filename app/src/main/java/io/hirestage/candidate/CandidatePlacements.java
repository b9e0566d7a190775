package io.hirestage.candidate;

import java.util.Collection;
import java.util.Map;

/**
 * Where candidates stand in the openings, in words for the candidates list: "Backend Lead (Resume
 * screening, active)". The feature that holds applications provides it as a bean, so this feature
 * need not know it.
 */
public interface CandidatePlacements {

    /** For each candidate with applications, their openings with stage and status; candidates in none are absent. */
    Map<Long, String> describe(Collection<Long> candidateIds);
}
