package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
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
 * {@link VendorResultChanged} carrying the typed result.
 *
 * <p>Each invitation is checked on its own: a check makes one call (no retry inside
 * {@link ProviderCalls}); a check that fails for any reason keeps what is known, shows why, and is
 * tried again after the poll interval doubled per failure in a row (at most an hour); after
 * {@link #MAX_FAILED_CHECKS} failures in a row the invitation is parked as a vendor error with the
 * last reason. A vendor's refusal (a non-retryable error) is a vendor error at once. A vendor error
 * is not checked again until an admin asks for it ({@link ParkedWork}), which starts the same
 * checks and back-off afresh.
 */
@Service
public class VendorResults implements DisposableBean {

    /** Failed checks in a row after which an invitation is no longer followed and shows the last reason. */
    static final int MAX_FAILED_CHECKS = 10;

    private static final Logger log = LoggerFactory.getLogger(VendorResults.class);

    private final VendorInvitationRepository invitations;
    private final ProviderRegistry registry;
    private final ProviderCalls calls;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<InvitationSubjects> subjects;
    private final Duration pollEvery;
    private final Duration pollWebhookProvidersEvery;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    VendorResults(VendorInvitationRepository invitations, ProviderRegistry registry, ProviderCalls calls, TransactionTemplate transaction,
                  ApplicationEventPublisher events, JsonMapper json, Clock clock,
                  @Value("${hirestage.vendor-results.poll-every:30s}") Duration pollEvery,
                  @Value("${hirestage.vendor-results.poll-webhook-providers-every:15m}") Duration pollWebhookProvidersEvery,
                  ObjectProvider<InvitationSubjects> subjects) {
        this.subjects = subjects;
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

    /** The candidate each invitation is for, by request key, as the feature that sent them names them. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Map<String, String> candidatesOf(Collection<String> requestKeys) {
        return subjects.orderedStream().flatMap(source -> source.candidatesOf(requestKeys).entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Starts following an invitation as soon as the vendor accepted it (called by the runner, in the request's transaction). */
    void onRequestCompleted(OutboundRequestCompleted completed) {
        OutboundRequestView request = completed.request();
        if (request.status() != OutboundRequestStatus.SUCCEEDED) {
            return;
        }
        vendorIdOf(completed).ifPresent(vendorId -> {
            // A vendor that hands out an id twice cannot be followed for the second invitation; failing here would
            // roll back and repeat the request, so it is reported and left unfollowed.
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

    /**
     * Checks the invitations that are due, side by side (each vendor capped by its bulkhead), so a
     * vendor that hangs delays only its own; run by the {@code vendor-results} task.
     */
    void checkDue() {
        List<CompletableFuture<Void>> checks = invitations.findByNextCheckAtLessThanEqualOrderByNextCheckAt(clock.instant(), Limit.of(50))
                .stream().map(invitation -> CompletableFuture.runAsync(() -> check(invitation.getProviderId(), invitation.getVendorId()),
                        threads)).toList();
        CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
    }

    /** One invitation's check; whatever goes wrong stays with this invitation. */
    private void check(String providerId, String vendorId) {
        try {
            VendorInvitation invitation = invitations.findByProviderIdAndVendorId(providerId, vendorId).orElseThrow();
            store(providerId, vendorId, fetch(invitation));
        } catch (RuntimeException e) {
            String reason = e instanceof ProviderException ? e.getMessage() : "The result could not be checked: " + PluginCatalog.describe(e);
            if (e instanceof ProviderException) {
                log.warn("Checking {} at {} failed: {}", vendorId, providerId, reason);
            } else {
                log.error("Checking {} at {} failed", vendorId, providerId, e);
            }
            try {
                recordFailure(providerId, vendorId, reason);
            } catch (RuntimeException recording) {
                log.error("Could not record the failed check of {} at {}", vendorId, providerId, recording);
            }
        }
    }

    private void store(String providerId, String vendorId, Outcome outcome) {
        publishAfterwards(transaction.execute(status -> {
            VendorInvitation stored = invitations.findByProviderIdAndVendorId(providerId, vendorId).orElseThrow();
            VendorInvitationView before = stored.toView();
            Instant now = clock.instant();
            stored.checked(outcome.status(), outcome.resultJson() != null ? outcome.resultJson() : before.result(), outcome.problem(),
                    now, now.plus(nextCheckIn(providerId)));
            return changeOf(before, stored, outcome.result() != null ? outcome.result() : storedResult(stored));
        }));
    }

    /**
     * Follows a parked invitation again, due now, so the next run of {@link #checkDue} checks it as
     * usual; the change (back to invited, without the old problem) is announced like any other, so
     * the feature that sent it and open views show it is being followed again.
     *
     * @throws RetryRejectedException unless the invitation is parked now
     */
    VendorInvitationView checkAgain(String requestKey) {
        VendorResultChanged change = transaction.execute(status -> {
            VendorInvitation stored = invitations.findByRequestKey(requestKey)
                    .orElseThrow(() -> new RetryRejectedException("The invitation " + requestKey + " no longer exists"));
            VendorInvitationView before = stored.toView();
            if (!stored.followAgain(clock.instant())) {
                throw new RetryRejectedException(before.status() == VendorInvitationStatus.INVITED
                        ? "The invitation " + requestKey + " is being checked again already (someone else asked for it); "
                        + "nothing was changed"
                        : "The invitation " + requestKey + " has its result meanwhile (" + before.status().name().toLowerCase()
                        + "); nothing was changed");
            }
            // Never null: the status went from vendor error back to invited.
            return changeOf(before, stored, storedResult(stored));
        });
        publishAfterwards(change);
        return change.invitation();
    }

    /** Backs the invitation off (doubling from the poll interval), and parks it after {@link #MAX_FAILED_CHECKS} in a row. */
    private void recordFailure(String providerId, String vendorId, String reason) {
        publishAfterwards(transaction.execute(status -> {
            VendorInvitation stored = invitations.findByProviderIdAndVendorId(providerId, vendorId).orElseThrow();
            VendorInvitationView before = stored.toView();
            Instant now = clock.instant();
            stored.checkFailed(reason, now, now.plus(backOff(nextCheckIn(providerId), stored.getFailedChecks())));
            if (stored.getFailedChecks() >= MAX_FAILED_CHECKS) {
                stored.parked(reason, now);
            }
            return changeOf(before, stored, storedResult(stored));
        }));
    }

    /** The change to announce, or {@code null} when nothing users see changed. */
    private static VendorResultChanged changeOf(VendorInvitationView before, VendorInvitation stored, Object typedResult) {
        VendorInvitationView after = stored.toView();
        if (before.status() == after.status() && Objects.equals(before.result(), after.result())
                && Objects.equals(before.problem(), after.problem())) {
            return null;
        }
        return new VendorResultChanged(after, after.status() == VendorInvitationStatus.VENDOR_ERROR ? null : typedResult);
    }

    /**
     * Tells features and views once the transaction that stored the change is over: a listener that
     * fails cannot undo it, and its own transaction does not wait for a second connection meanwhile.
     */
    private void publishAfterwards(VendorResultChanged change) {
        if (change == null) {
            return;
        }
        try {
            events.publishEvent(change);
        } catch (RuntimeException e) {
            log.error("A listener failed to take the change of {} at {}; the change stays recorded",
                    change.invitation().vendorId(), change.invitation().providerId(), e);
        }
    }

    /** The stored answer, typed for listeners; none when it cannot be read (it is then checked again). */
    private Object storedResult(VendorInvitation invitation) {
        if (invitation.getResult() == null) {
            return null;
        }
        try {
            Class<?> type = invitation.getOperation() == OutboundOperation.ASSESSMENT_INVITE ? AssessmentResult.class
                    : VideoInterviewResult.class;
            return json.readValue(invitation.getResult(), type);
        } catch (RuntimeException e) {
            log.warn("The stored result of {} at {} cannot be read: {}", invitation.getVendorId(), invitation.getProviderId(), e.getMessage());
            return null;
        }
    }

    /** A vendor's refusal is final; a passing failure is thrown, to back off. */
    private Outcome fetch(VendorInvitation invitation) {
        try {
            return fetchResult(invitation);
        } catch (ProviderException e) {
            if (e.isRetryable()) {
                throw e;
            }
            return new Outcome(VendorInvitationStatus.VENDOR_ERROR, null, null, e.getMessage());
        }
    }

    private Outcome fetchResult(VendorInvitation invitation) {
        String vendorId = invitation.getVendorId();
        if (invitation.getOperation() == OutboundOperation.ASSESSMENT_INVITE) {
            AssessmentResult result = calls.callOnce(invitation.getProviderId(), AssessmentProvider.class, "result",
                    provider -> provider.result(vendorId));
            Optional<String> problem = ResultChecks.problemWith(result);
            return problem.isPresent() ? new Outcome(VendorInvitationStatus.VENDOR_ERROR, null, null, problem.get())
                    : new Outcome(VendorInvitationStatus.valueOf(result.status().name()), result, json.writeValueAsString(result), null);
        }
        VideoInterviewResult result = calls.callOnce(invitation.getProviderId(), VideoInterviewProvider.class, "result",
                provider -> provider.result(vendorId));
        Optional<String> problem = ResultChecks.problemWith(result);
        return problem.isPresent() ? new Outcome(VendorInvitationStatus.VENDOR_ERROR, null, null, problem.get())
                : new Outcome(VendorInvitationStatus.valueOf(result.status().name()), result, json.writeValueAsString(result), null);
    }

    /** The poll interval doubled for each failed check in a row, at most an hour. */
    static Duration backOff(Duration pollInterval, int failedChecks) {
        Duration doubled = pollInterval.multipliedBy(1L << Math.min(Math.max(failedChecks - 1, 0), 16));
        return doubled.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : doubled;
    }

    /** A vendor that pushes (webhooks set up, or callbacks declared) is polled only now and then, as a safety net. */
    private Duration nextCheckIn(String providerId) {
        boolean pushes = registry.find(providerId)
                .map(provider -> ProviderRegistry.receivesWebhooks(provider) || provider.can(Capability.CALLBACKS)).orElse(false);
        return pushes ? pollWebhookProvidersEvery : pollEvery;
    }

    private static Optional<String> vendorIdOf(OutboundRequestCompleted completed) {
        return switch (completed.answer()) {
            case AssessmentInvitation invitation -> Optional.of(invitation.invitationId());
            case VideoInvitation invitation -> Optional.of(invitation.interviewId());
            case LiveInterview interview -> Optional.of(interview.interviewId());
            case null, default -> Optional.empty();
        };
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }

    private record Outcome(VendorInvitationStatus status, Object result, String resultJson, String problem) {
    }
}
