package io.hirestage.search;

import java.time.Duration;
import java.time.Instant;

/**
 * How the candidate index stands, for admins.
 *
 * @param documents       candidates in the index
 * @param rebuilding      whether a rebuild runs now
 * @param rebuilt         candidates the running rebuild has indexed so far
 * @param toRebuild       candidates the running rebuild indexes in all
 * @param lastRebuildAt   when the last rebuild finished, or {@code null}
 * @param lastRebuildTook how long it took, or {@code null}
 * @param lastProblem     why the last rebuild or update failed, or {@code null}
 */
public record IndexStatus(long documents, boolean rebuilding, long rebuilt, long toRebuild, Instant lastRebuildAt,
                          Duration lastRebuildTook, String lastProblem) {

    /** The share of the running rebuild done, from 0 to 1. */
    public double progress() {
        return toRebuild == 0 ? 1 : Math.min(1, (double) rebuilt / toRebuild);
    }
}
