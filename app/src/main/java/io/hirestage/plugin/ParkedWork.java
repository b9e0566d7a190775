package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a provider's background work gave up on, for the admin's "Needs attention": requests parked as
 * failed after their retries (or the vendor's refusal) and invitations no longer followed, each with
 * its reason, and the admin's way to start them again once the cause is fixed. Starting again goes
 * through the usual paths, so each one's retry policy applies as it did the first time: a request gets
 * a new round of {@link OutboundRequestRunner#MAX_CALLS_PER_REQUEST} calls with the same back-off, an
 * invitation is checked as usual from a clean count of failed checks.
 */
@Service
public class ParkedWork {

    private static final Sort NEWEST_FAILURE_FIRST = Sort.by(Sort.Order.desc("completedAt"), Sort.Order.desc("id"));
    private static final Sort NEWEST_PARKED_FIRST = Sort.by(Sort.Order.desc("lastCheckedAt"), Sort.Order.desc("id"));

    private final OutboundRequestRepository requests;
    private final VendorInvitationRepository invitations;
    private final OutboundRequests outbound;
    private final VendorResults results;
    private final AuditLog auditLog;

    ParkedWork(OutboundRequestRepository requests, VendorInvitationRepository invitations, OutboundRequests outbound,
               VendorResults results, AuditLog auditLog) {
        this.requests = requests;
        this.invitations = invitations;
        this.outbound = outbound;
        this.results = results;
        this.auditLog = auditLog;
    }

    /** The provider's failed requests, the latest failure first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<OutboundRequestView> failedRequests(String providerId, Pageable page) {
        return requests.findByProviderIdAndStatus(providerId, OutboundRequestStatus.FAILED, ordered(page, NEWEST_FAILURE_FIRST)).stream()
                .map(OutboundRequest::toView).toList();
    }

    /** The provider's invitations that are no longer followed, the latest first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ParkedInvitation> parkedInvitations(String providerId, Pageable page) {
        return invitations.findByProviderIdAndStatus(providerId, VendorInvitationStatus.VENDOR_ERROR, ordered(page, NEWEST_PARKED_FIRST))
                .stream().map(VendorInvitation::toParked).toList();
    }

    /**
     * Sends a failed request again: pending at once, carried out in the background.
     *
     * @throws RetryRejectedException when it is no longer failed (someone retried it, or it succeeded)
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public OutboundRequestView retry(String idempotencyKey) {
        OutboundRequestView failed = outbound.find(idempotencyKey).orElse(null);
        OutboundRequestView retried = outbound.retryFailed(idempotencyKey);
        // The reason is recorded here: the next attempt replaces it on the request.
        auditLog.record(ProviderConsole.AUDIT_TYPE, retried.providerId(), "request retried", "Retried "
                + retried.operation().displayName() + " " + idempotencyKey + ", which had failed after " + failed.attempts()
                + (failed.attempts() == 1 ? " call: " : " calls: ") + failed.lastError());
        return retried;
    }

    /**
     * Follows a parked invitation again: checked at the vendor with the next round of result checks.
     *
     * @throws RetryRejectedException when it is no longer parked (someone asked already, or its result is in)
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public VendorInvitationView checkAgain(String requestKey) {
        String problem = invitations.findByRequestKey(requestKey).map(VendorInvitation::toView).map(VendorInvitationView::problem)
                .orElse(null);
        // Joins this transaction: its announcement goes to the (after-commit) listeners once this commits.
        VendorInvitationView followed = results.checkAgain(requestKey);
        auditLog.record(ProviderConsole.AUDIT_TYPE, followed.providerId(), "invitation checked again", "Asked to check "
                + followed.operation().displayName() + " " + requestKey + " (" + followed.vendorId() + ") again, which had stopped: "
                + problem);
        return followed;
    }

    /** The page the list asked for, in the one order its index serves. */
    private static Pageable ordered(Pageable page, Sort order) {
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), order) : Pageable.unpaged(order);
    }
}
