package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Where an invitation stands and, when {@link Status#COMPLETED}, how the candidate did.
 *
 * @param status            where the invitation stands
 * @param score             total score, {@code null} until completed; never above {@code maxScore}, and
 *                          without a {@code maxScore} a percentage (0 to 100)
 * @param maxScore          the highest possible score, {@code null} until completed; since API 1.1 it may
 *                          stay {@code null} for a vendor that reports a percentage only
 * @param competencyScores  score per competency in percent (0 to 100), keyed by the competency
 *                          names of {@link AssessmentTest#competencies()}; empty until completed
 * @param reportUrl         the vendor's report for recruiters, may be {@code null}
 * @param completedAt       when the candidate finished, {@code null} until completed; since API 1.1 it may
 *                          stay {@code null} for a vendor that does not say
 */
public record AssessmentResult(Status status, Integer score, Integer maxScore, Map<String, Integer> competencyScores,
                               URI reportUrl, Instant completedAt) {

    /** Copies the map so the record stays immutable. */
    public AssessmentResult {
        competencyScores = Map.copyOf(competencyScores);
    }

    /** Where an invitation stands at the vendor. */
    public enum Status {
        /** Sent; the candidate has not finished. */
        INVITED,
        /** Finished; the scores are final. */
        COMPLETED,
        /** The link ran out before the candidate finished. */
        EXPIRED,
        /** Withdrawn by the portal or the vendor. */
        CANCELLED
    }
}
