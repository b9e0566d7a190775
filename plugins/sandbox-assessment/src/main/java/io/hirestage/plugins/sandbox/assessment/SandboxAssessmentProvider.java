package io.hirestage.plugins.sandbox.assessment;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import io.hirestage.plugin.api.WebhookEvent;
import io.hirestage.plugin.api.WebhookReceiver;
import io.hirestage.plugin.api.WebhookRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Extension;

/**
 * A skills-test vendor that lives in memory: every invitation completes a set time after it was
 * sent, with scores that depend only on the candidate and the competency, so demos and tests see
 * the same result every time. It is labelled SANDBOX everywhere an admin or recruiter sees it.
 */
@Extension
public class SandboxAssessmentProvider implements AssessmentProvider, WebhookReceiver {

    static final String COMPLETES_AFTER_SECONDS = "completesAfterSeconds";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final Duration LINK_VALID_FOR = Duration.ofDays(7);
    static final int MAX_SCORE = 100;

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("sandbox-assessment",
            "Sandbox assessments (SANDBOX)", "Hirestage",
            "A pretend skills-test vendor without a network: invitations complete after a set delay with repeatable "
                    + "scores. For demos and tests only.",
            URI.create("https://github.com/hirestage/hirestage#integrator-guide-writing-a-plugin"));

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingField.number(COMPLETES_AFTER_SECONDS, "Completes after (seconds)").withDefault("30").between(0, 86_400)
                    .withHelp("How long after the invitation the pretend candidate finishes the test"),
            SettingField.secret(WEBHOOK_SECRET, "Webhook signing secret")
                    .withHelp("Signs the sandbox's webhooks (HMAC-SHA256 in X-Sandbox-Signature); leave empty to be polled"));

    private static final List<AssessmentTest> TESTS = List.of(
            new AssessmentTest("backend-lead", "Backend Lead Developer skills test", Duration.ofMinutes(75),
                    List.of("API design and system structuring", "Database modelling and query optimisation",
                            "Debugging and performance analysis", "Distributed systems understanding",
                            "CI/CD and version control mastery")),
            new AssessmentTest("backend-core", "Backend fundamentals", Duration.ofMinutes(40),
                    List.of("API design and system structuring", "Database modelling and query optimisation")));

    private final Map<String, Invitation> invitationsByKey = new ConcurrentHashMap<>();
    private final Map<String, Invitation> invitationsById = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration completesAfter = Duration.ofSeconds(30);
    private volatile Optional<String> webhookSecret = Optional.empty();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SETTINGS;
    }

    @Override
    public void configure(ProviderContext context) {
        clock = context.clock();
        completesAfter = Duration.ofSeconds(context.settings().number(COMPLETES_AFTER_SECONDS, 30));
        webhookSecret = context.settings().get(WEBHOOK_SECRET);
    }

    @Override
    public List<AssessmentTest> tests() {
        return TESTS;
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        AssessmentTest test = TESTS.stream().filter(t -> t.id().equals(request.testId())).findFirst()
                .orElseThrow(() -> new ProviderException("The sandbox offers no test '" + request.testId() + "'", false));
        Invitation invitation = invitationsByKey.computeIfAbsent(request.idempotencyKey(), key -> {
            Invitation created = new Invitation("sbx-" + UUID.randomUUID(), test, request.candidateEmail(),
                    clock.instant(), completesAfter);
            invitationsById.put(created.id(), created);
            return created;
        });
        return new AssessmentInvitation(invitation.id(), URI.create("https://sandbox.invalid/assessments/" + invitation.id()),
                invitation.sentAt().plus(LINK_VALID_FOR));
    }

    @Override
    public AssessmentResult result(String invitationId) {
        Invitation invitation = find(invitationId);
        if (invitation.cancelled()) {
            return new AssessmentResult(AssessmentResult.Status.CANCELLED, null, null, Map.of(), null, null);
        }
        Instant completedAt = invitation.sentAt().plus(invitation.completesAfter());
        if (clock.instant().isBefore(completedAt)) {
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

    @Override
    public void cancel(String invitationId) {
        invitationsById.computeIfPresent(invitationId, (id, invitation) -> invitation.cancel());
    }

    @Override
    public void eraseCandidate(String candidateEmail) {
        invitationsById.values().removeIf(invitation -> invitation.candidateEmail().equalsIgnoreCase(candidateEmail));
        invitationsByKey.values().removeIf(invitation -> invitation.candidateEmail().equalsIgnoreCase(candidateEmail));
    }

    @Override
    public List<WebhookEvent> receive(WebhookRequest request) {
        return SandboxWebhooks.verifyAndParse(request, webhookSecret);
    }

    @Override
    public boolean receivesWebhooks() {
        return webhookSecret.isPresent();
    }

    private Invitation find(String invitationId) {
        Invitation invitation = invitationsById.get(invitationId);
        if (invitation == null) {
            throw new ProviderException("The sandbox knows no invitation '" + invitationId + "'", false);
        }
        return invitation;
    }

    /** A score from 40 to 99 that depends only on who took the test and what it measured. */
    static int repeatableScore(String candidateEmail, String competency) {
        return 40 + Math.floorMod((candidateEmail.toLowerCase() + "|" + competency).hashCode(), 60);
    }

    private record Invitation(String id, AssessmentTest test, String candidateEmail, Instant sentAt, Duration completesAfter,
                              boolean cancelled) {

        Invitation(String id, AssessmentTest test, String candidateEmail, Instant sentAt, Duration completesAfter) {
            this(id, test, candidateEmail, sentAt, completesAfter, false);
        }

        Invitation cancel() {
            return new Invitation(id, test, candidateEmail, sentAt, completesAfter, true);
        }
    }
}
