package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.LiveInterviewRequest.Participant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Live interview requests as the portal sends them: a candidate and two interviewers. */
final class Interviews {

    static final Participant ADA = new Participant("Ada Lovelace", "ada@example.org", true);
    static final Participant IAN = new Participant("Ian Interviewer", "ian@example.org", false);
    static final Participant MIA = new Participant("Mia Müller", "mia@example.org", false);
    static final String TITLE = "Backend Lead Developer: structured interview";
    static final Duration ONE_HOUR = Duration.ofMinutes(60);

    private Interviews() {
    }

    static LiveInterviewRequest request(Instant start, String idempotencyKey) {
        return new LiveInterviewRequest(TITLE, start, ONE_HOUR, List.of(ADA, IAN, MIA), idempotencyKey);
    }

    static LiveInterviewRequest request(Instant start, List<Participant> participants, String idempotencyKey) {
        return new LiveInterviewRequest(TITLE, start, ONE_HOUR, participants, idempotencyKey);
    }
}
