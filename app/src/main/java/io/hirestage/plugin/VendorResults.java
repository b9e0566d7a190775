package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.WebhookReceiver;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows every invitation a vendor accepted until its result is final: at once when the vendor's
 * webhook says something changed, otherwise by polling (often for providers without webhooks, now
 * and then as a safety net for those with). A result the plugin API rules out (a score above its
 * maximum, missing fields) is kept out and shown as a vendor error. Each change is published as a
 * {@link VendorResultChanged}.
 */
@Service
public class VendorResults {

    private static final Logger log = LoggerFactory.getLogger(VendorResults.class);

    private final VendorInvitationRepository invitations;
    private final ProviderRegistry registry;
    private final ProviderCalls calls;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration pollEvery;
    private final Duration pollWebhookProvidersEvery;

    VendorResults(VendorInvitationRepository invitations, ProviderRegistry registry, ProviderCalls calls, TransactionTemplate transaction,
                  ApplicationEventPublisher events, JsonMapper json, Clock clock,
                  @Value("${hirestage.vendor-results.poll-every:30s}") Duration pollEvery,
                  @Value("${hirestage.vendor-results.poll-webhook-providers-every:15m}") Duration pollWebhookProvidersEvery) {
        this.invitations = invitations;
        this.registry = registry;
        this.calls = calls;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.pollWebhookProvidersEvery = pollWebhookProvidersEvery;
    }

    /** The invitation sent by the request with this idempotency key, once the vendor accepted it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<VendorInvitationView> find(String requestKey) {
        return invitations.findByRequestKey(requestKey).map(VendorInvitation::toView);
    }

    /** The latest invitations at a provider, newest first, for the admin console. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<VendorInvitationView> recent(String providerId) {
        return invitations.findTop20ByProviderIdOrderByIdDesc(providerId).stream().map(VendorInvitation::toView).toList();
    }

    /** Starts following an invitation as soon as the vendor accepted it (in the request's transaction). */
    @EventListener
    void onRequestCompleted(OutboundRequestCompleted completed) {
        OutboundRequestView request = completed.request();
        if (request.status() != OutboundRequestStatus.SUCCEEDED) {
            return;
        }
        vendorIdOf(request).ifPresent(vendorId -> {
            // A vendor that hands out an id twice cannot be followed for the second invitation; failing here would
            // roll back and repeat the request forever, so it is reported and left unfollowed.
            if (invitations.findByProviderIdAndVendorId(request.providerId(), vendorId).isPresent()) {
                log.error("{} answered request {} with invitation id {}, which it gave to an earlier invitation; "
                        + "this invitation is not followed", request.providerId(), request.idempotencyKey(), vendorId);
                return;
            }
            invitations.save(new VendorInvitation(request.idempotencyKey(), request.providerId(), vendorId, request.operation(),
                    clock.instant().plus(nextCheckIn(request.providerId()))));
        });
    }

    /** A vendor's webhook said something changed: check that invitation at once. */
    @EventListener
    @Transactional
    void onVendorUpdate(VendorUpdate update) {
        invitations.findByProviderIdAndVendorId(update.providerId(), update.subjectId())
                .ifPresent(invitation -> invitation.checkNow(clock.instant()));
    }

    /** Checks the invitations that are due; run by the {@code vendor-results} task. */
    void checkDue() {
        invitations.findByNextCheckAtLessThanEqualOrderByNextCheckAt(clock.instant(), Limit.of(50))
                .forEach(invitation -> check(invitation.getProviderId(), invitation.getVendorId()));
    }

    private void check(String providerId, String vendorId) {
        VendorInvitation invitation = invitations.findByProviderIdAndVendorId(providerId, vendorId).orElseThrow();
        Outcome outcome;
        try {
            outcome = fetch(invitation);
        } catch (ProviderException e) {
            log.warn("Checking {} at {} failed: {}", vendorId, providerId, e.getMessage());
            // A passing failure keeps the status and is tried again; a refusal is final.
            outcome = new Outcome(e.isRetryable() ? invitation.getStatus() : VendorInvitationStatus.VENDOR_ERROR, null, e.getMessage());
        }
        Outcome checked = outcome;
        transaction.executeWithoutResult(status -> {
            VendorInvitation stored = invitations.findByProviderIdAndVendorId(providerId, vendorId).orElseThrow();
            VendorInvitationView before = stored.toView();
            Instant now = clock.instant();
            stored.checked(checked.status(), checked.resultJson() != null ? checked.resultJson() : before.result(), checked.problem(),
                    now, now.plus(nextCheckIn(providerId)));
            VendorInvitationView after = stored.toView();
            if (before.status() != after.status() || !Objects.equals(before.result(), after.result())
                    || !Objects.equals(before.problem(), after.problem())) {
                events.publishEvent(new VendorResultChanged(after));
            }
        });
    }

    private Outcome fetch(VendorInvitation invitation) {
        String vendorId = invitation.getVendorId();
        if (invitation.getOperation() == OutboundOperation.ASSESSMENT_INVITE) {
            AssessmentResult result = calls.call(invitation.getProviderId(), AssessmentProvider.class, "result",
                    provider -> provider.result(vendorId));
            Optional<String> problem = ResultChecks.problemWith(result);
            return problem.isPresent() ? new Outcome(VendorInvitationStatus.VENDOR_ERROR, null, problem.get())
                    : new Outcome(VendorInvitationStatus.valueOf(result.status().name()), json.writeValueAsString(result), null);
        }
        VideoInterviewResult result = calls.call(invitation.getProviderId(), VideoInterviewProvider.class, "result",
                provider -> provider.result(vendorId));
        Optional<String> problem = ResultChecks.problemWith(result);
        return problem.isPresent() ? new Outcome(VendorInvitationStatus.VENDOR_ERROR, null, problem.get())
                : new Outcome(VendorInvitationStatus.valueOf(result.status().name()), json.writeValueAsString(result), null);
    }

    private Duration nextCheckIn(String providerId) {
        boolean pushes = registry.find(providerId)
                .map(p -> p.instance() instanceof WebhookReceiver receiver && receiver.receivesWebhooks()).orElse(false);
        return pushes ? pollWebhookProvidersEvery : pollEvery;
    }

    private Optional<String> vendorIdOf(OutboundRequestView request) {
        return switch (request.operation()) {
            case ASSESSMENT_INVITE -> Optional.of(json.readValue(request.result(), AssessmentInvitation.class).invitationId());
            case VIDEO_INVITE_ONE_WAY -> Optional.of(json.readValue(request.result(), VideoInvitation.class).interviewId());
            case VIDEO_SCHEDULE_LIVE -> Optional.of(json.readValue(request.result(), LiveInterview.class).interviewId());
            default -> Optional.empty();
        };
    }

    private record Outcome(VendorInvitationStatus status, String resultJson, String problem) {
    }
}
