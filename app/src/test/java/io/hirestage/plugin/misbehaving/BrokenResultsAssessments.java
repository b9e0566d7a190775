package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Accepts every invitation and reports it completed, except that the result of an invitation whose
 * key starts with {@code poison} makes the plugin throw, as a client choking on one answer would.
 */
@Extension
public class BrokenResultsAssessments extends TestAssessmentProvider {

    public BrokenResultsAssessments() {
        super("broken-results-assessments", "Throws on the results of poison invitations");
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        return new AssessmentInvitation("br-" + request.idempotencyKey(), URI.create("https://broken.invalid/" + request.idempotencyKey()),
                Instant.now().plus(7, ChronoUnit.DAYS));
    }

    @Override
    public AssessmentResult result(String invitationId) {
        if (invitationId.startsWith("br-poison")) {
            throw new IllegalStateException("Unexpected token in the vendor's answer");
        }
        return new AssessmentResult(AssessmentResult.Status.COMPLETED, 42, 50, Map.of("Testing", 80), null, Instant.now());
    }
}
