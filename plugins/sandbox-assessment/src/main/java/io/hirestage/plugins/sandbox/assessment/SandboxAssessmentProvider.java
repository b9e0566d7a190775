package io.hirestage.plugins.sandbox.assessment;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pf4j.Extension;

/**
 * A skills-test vendor that lives in memory: every invitation completes a little while after it was
 * sent, with scores that depend only on the candidate and the test, so demos and tests see the same
 * result every time. It is labelled SANDBOX everywhere an admin or recruiter sees it.
 */
@Extension
public class SandboxAssessmentProvider implements AssessmentProvider {

    static final Duration COMPLETES_AFTER = Duration.ofSeconds(30);
    static final Duration LINK_VALID_FOR = Duration.ofDays(7);

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("sandbox-assessment",
            "Sandbox assessments (SANDBOX)", "Hirestage",
            "A pretend skills-test vendor without a network: invitations complete after "
                    + COMPLETES_AFTER.toSeconds() + " seconds with repeatable scores. For demos and tests only.",
            null);

    private static final List<AssessmentTest> TESTS = List.of(
            new AssessmentTest("backend-lead", "Backend Lead Developer skills test", Duration.ofMinutes(75),
                    List.of("API design and system structuring", "Database modelling and query optimisation",
                            "Debugging and performance analysis", "Distributed systems understanding",
                            "CI/CD and version control mastery")),
            new AssessmentTest("backend-core", "Backend fundamentals", Duration.ofMinutes(40),
                    List.of("API design and system structuring", "Database modelling and query optimisation")));

    private static final int MAX_SCORE = 100;

    private final Supplier<Instant> clock;
    private final Map<String, Invitation> invitationsByKey = new ConcurrentHashMap<>();
    private final Map<String, Invitation> invitationsById = new ConcurrentHashMap<>();

    /** The constructor PF4J uses. */
    public SandboxAssessmentProvider() {
        this(Instant::now);
    }

    SandboxAssessmentProvider(Supplier<Instant> clock) {
        this.clock = clock;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<AssessmentTest> tests() {
        return TESTS;
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        AssessmentTest test = findTest(request.testId())
                .orElseThrow(() -> new ProviderException("The sandbox offers no test '" + request.testId() + "'", false));
        Invitation invitation = invitationsByKey.computeIfAbsent(request.idempotencyKey(), key -> {
            String id = "sbx-" + Integer.toHexString(key.hashCode()) + "-" + invitationsById.size();
            return new Invitation(id, test, request.candidateEmail(), clock.get());
        });
        invitationsById.putIfAbsent(invitation.id(), invitation);
        return new AssessmentInvitation(invitation.id(),
                URI.create("https://sandbox.invalid/assessments/" + invitation.id()),
                invitation.sentAt().plus(LINK_VALID_FOR));
    }

    @Override
    public AssessmentResult result(String invitationId) {
        Invitation invitation = invitationsById.get(invitationId);
        if (invitation == null) {
            throw new ProviderException("The sandbox knows no invitation '" + invitationId + "'", false);
        }
        Instant completedAt = invitation.sentAt().plus(COMPLETES_AFTER);
        if (clock.get().isBefore(completedAt)) {
            return new AssessmentResult(AssessmentResult.Status.INVITED, null, null, Map.of(), null, null);
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String competency : invitation.test().competencies()) {
            scores.put(competency, repeatableScore(invitation.candidateEmail(), competency));
        }
        int total = (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        return new AssessmentResult(AssessmentResult.Status.COMPLETED, total, MAX_SCORE, scores,
                URI.create("https://sandbox.invalid/reports/" + invitation.id()), completedAt);
    }

    private static Optional<AssessmentTest> findTest(String testId) {
        return TESTS.stream().filter(test -> test.id().equals(testId)).findFirst();
    }

    /** A score from 40 to 99 that depends only on who took the test and what it measured. */
    static int repeatableScore(String candidateEmail, String competency) {
        return 40 + Math.floorMod((candidateEmail.toLowerCase() + "|" + competency).hashCode(), 60);
    }

    private record Invitation(String id, AssessmentTest test, String candidateEmail, Instant sentAt) {
    }
}
