package io.hirestage.candidate;

import java.time.Instant;

/** One look at a candidate's data, as the admin's "Who looked" list shows it. */
public record CandidateAccessView(String actor, CandidateAccessKind kind, Instant at) {
}
