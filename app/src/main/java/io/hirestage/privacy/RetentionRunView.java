package io.hirestage.privacy;

import java.time.Instant;

/**
 * What a run of the retention policies did, as admins read it.
 *
 * @param startedBy who ran it: an admin, or {@value Retention#SCHEDULE} for the daily run
 * @param report    a line per consent that expired, candidate erased and problem met
 */
public record RetentionRunView(long id, Instant startedAt, Instant finishedAt, String startedBy, int consentsExpired,
                               int candidatesErased, int problems, String report) {

    /** "2 consents expired, 3 candidates erased, no problems". */
    public String summary() {
        return consentsExpired + (consentsExpired == 1 ? " consent" : " consents") + " expired, " + candidatesErased
                + (candidatesErased == 1 ? " candidate" : " candidates") + " erased, "
                + (problems == 0 ? "no problems" : problems + (problems == 1 ? " problem" : " problems"));
    }
}
