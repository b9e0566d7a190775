package io.hirestage.privacy;

import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.pipeline.ApplicationsErasure;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.plugin.VendorErasures;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a candidate everywhere (GDPR Art. 17), in one transaction: their record and resume, their
 * consents, the notes and words that named them in their applications' history and the audit
 * trail, the search index, what the plugin host kept from vendors, and at every vendor that was sent
 * their data (an outbound request each, retried like others). An anonymous record stays for
 * statistics, and one audit line: "Erased candidate #123 (reason)" by whoever asked.
 */
@Service
public class CandidateErasure {

    static final String AUDIT_TYPE = "Candidate";

    private final Candidates candidates;
    private final ApplicationsErasure pipeline;
    private final Consents consents;
    private final AuditLog auditLog;
    private final VendorErasures vendorErasures;

    CandidateErasure(Candidates candidates, ApplicationsErasure pipeline, Consents consents, AuditLog auditLog,
                     VendorErasures vendorErasures) {
        this.vendorErasures = vendorErasures;
        this.candidates = candidates;
        this.pipeline = pipeline;
        this.consents = consents;
        this.auditLog = auditLog;
    }

    /**
     * @param reason why, for the audit trail: "The candidate asked (email of 3 Dec)", "Retention policy for Germany"
     * @return the erasures asked of vendors
     * @throws PrivacyRejectedException while an application is in the running, for an erased or
     *                                  unknown candidate, or without a reason
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public List<OutboundRequestView> erase(long candidateId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new PrivacyRejectedException("Say why the data is erased, for example \"The candidate asked by email on 3 Dec\"");
        }
        if (why.length() > 300) {
            throw new PrivacyRejectedException("Use at most 300 characters for the reason");
        }
        pipeline.whatStandsInTheWay(candidateId).ifPresent(problem -> {
            throw new PrivacyRejectedException(problem);
        });
        CandidateSummary before = candidates.erase(candidateId);
        List<String> personalWords = Candidates.personalWords(before);
        String anonymousName = Candidates.anonymousName(candidateId);
        consents.erase(candidateId, personalWords, anonymousName);
        List<OutboundRequestView> atVendors = pipeline.erase(before, personalWords, anonymousName);
        auditLog.record(AUDIT_TYPE, String.valueOf(candidateId), "erased", anonymousName + " erased (" + why + ")"
                + (atVendors.isEmpty() ? "" : "; erasure asked of " + String.join(", ", atVendors.stream()
                .map(OutboundRequestView::providerId).toList())));
        return atVendors;
    }

    /** Whether the candidate may be erased now, and if not why: for the profile to say before anyone tries. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> whatStandsInTheWay(long candidateId) {
        return pipeline.whatStandsInTheWay(candidateId);
    }

    /** The erasures asked of vendors for an erased candidate, with where each stands. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboundRequestView> vendorErasures(long candidateId) {
        return pipeline.vendorErasures(candidateId);
    }

    /**
     * The admin erased the candidate at a vendor by hand, as one of their erasures asked: it is done,
     * and the address it kept is forgotten.
     *
     * @throws PrivacyRejectedException when that erasure is not one of this candidate's waiting for a person
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboundRequestView> erasedAtVendorByHand(long candidateId, String requestKey) {
        if (vendorErasures(candidateId).stream().noneMatch(erasure -> erasure.idempotencyKey().equals(requestKey))) {
            throw new PrivacyRejectedException("That erasure is not one of this candidate's");
        }
        try {
            vendorErasures.doneByHand(requestKey);
        } catch (IllegalArgumentException e) {
            throw new PrivacyRejectedException("That erasure is not waiting to be done by hand");
        }
        return vendorErasures(candidateId);
    }
}
