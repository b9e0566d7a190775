package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import io.hirestage.plugin.api.Capability;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plugin host's part of erasing a person (GDPR Art. 17): it forgets what it kept of them (the
 * invitations' payloads, the vendors' results) and asks every vendor that received their data to
 * erase it too, as an outbound request, retried and parked like any other, so the erasure reaches
 * a vendor that is down today.
 */
@Service
public class VendorErasures {

    private final OutboundRequests requests;
    private final OutboundRequestRepository requestRepository;
    private final VendorInvitationRepository invitations;
    private final ProviderRegistry registry;
    private final Clock clock;
    private final AuditLog auditLog;

    VendorErasures(OutboundRequests requests, OutboundRequestRepository requestRepository, VendorInvitationRepository invitations,
                   ProviderRegistry registry, Clock clock, AuditLog auditLog) {
        this.registry = registry;
        this.clock = clock;
        this.auditLog = auditLog;
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.invitations = invitations;
    }

    /**
     * Erases the person the requests were about, in the caller's transaction.
     *
     * @param erasureKey  names this person's erasure; each vendor's request is {@code erasureKey-providerId}
     * @param email       the address the vendors know the person by, sent to them and kept until they erased it
     * @param requestKeys the requests (invitations) that carried the person's data to vendors
     * @return the erasures asked of vendors, one per provider that received the person's data
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboundRequestView> erase(String erasureKey, String email, Collection<String> requestKeys) {
        if (requestKeys.isEmpty()) {
            return List.of();
        }
        Map<String, OutboundOperation> erasureByProvider = new LinkedHashMap<>();
        for (OutboundRequest request : requestRepository.findByIdempotencyKeyIn(requestKeys)) {
            erasureByProvider.putIfAbsent(request.getProviderId(), request.getOperation().erasure());
            if (!request.isPending()) {
                request.forgetPayload();
            }
        }
        invitations.findByRequestKeyIn(requestKeys).forEach(VendorInvitation::erase);
        return erasureByProvider.entrySet().stream().map(vendor -> erasesThroughItsApi(vendor.getKey())
                        ? requests.enqueue(vendor.getKey(), vendor.getValue(), email, erasureKey + "-" + vendor.getKey())
                        : requests.recordByHand(vendor.getKey(), vendor.getValue(), email, erasureKey + "-" + vendor.getKey(),
                        "the vendor's API offers no erasure; ask the vendor to erase " + email))
                .toList();
    }

    /**
     * Whether the provider declares that it erases at its vendor. A provider that is not running now is
     * asked like any other: the request waits and fails visibly until its plugin is back.
     */
    private boolean erasesThroughItsApi(String providerId) {
        return registry.find(providerId).map(provider -> provider.can(Capability.ERASE_AT_VENDOR)).orElse(true);
    }

    /**
     * An admin erased the person at the vendor by hand, as a {@link OutboundRequestStatus#BY_HAND}
     * erasure asked: it is done, and the address it kept for them is forgotten.
     *
     * @throws IllegalArgumentException when the request is not an erasure waiting for a person
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OutboundRequestView doneByHand(String requestKey) {
        OutboundRequest request = requestRepository.findByIdempotencyKey(requestKey)
                .filter(found -> found.toView().status() == OutboundRequestStatus.BY_HAND)
                .orElseThrow(() -> new IllegalArgumentException("No erasure waits to be done by hand under " + requestKey));
        request.doneByHand(clock.instant());
        auditLog.record(PluginCatalog.AUDIT_TYPE, request.getProviderId(), "erased by hand",
                "Erased at " + request.getProviderId() + " by hand (" + requestKey + ")");
        return request.toView();
    }

    /** The erasures asked of vendors under this key, with where each stands. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OutboundRequestView> erasures(String erasureKey) {
        return requestRepository.findByIdempotencyKeyStartingWithOrderById(erasureKey + "-").stream().map(OutboundRequest::toView).toList();
    }
}
