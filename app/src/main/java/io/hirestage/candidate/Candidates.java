package io.hirestage.candidate;

import io.hirestage.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Recruiters' candidates: find them, add them (with duplicate detection), and the audit trail of it. */
@Service
@Validated
public class Candidates {

    static final String AUDIT_TYPE = "Candidate";

    private final CandidateRepository candidates;
    private final AuditLog auditLog;
    private final Clock clock;

    Candidates(CandidateRepository candidates, AuditLog auditLog, Clock clock) {
        this.candidates = candidates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Adds a candidate. The same email address is always refused; the same phone number or name is
     * reported as possible duplicates unless the recruiter confirmed it is someone else.
     *
     * @param notADuplicate the recruiter looked at the lookalikes and this is another person
     * @throws PossibleDuplicatesException with the lookalikes, when there are some and it is not confirmed
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public CandidateSummary add(@Valid CandidateDraft draft, boolean notADuplicate) {
        String email = draft.getEmail().trim().toLowerCase(Locale.ROOT);
        if (candidates.existsByEmail(email)) {
            throw new CandidateRejectedException("A candidate with the email address " + email + " is in the portal already");
        }
        if (!notADuplicate) {
            List<CandidateSummary> lookalikes = lookalikes(draft);
            if (!lookalikes.isEmpty()) {
                throw new PossibleDuplicatesException(lookalikes);
            }
        }
        CandidateSummary added = candidates.save(new Candidate(draft, clock.instant())).toSummary();
        auditLog.record(AUDIT_TYPE, String.valueOf(added.id()), "added", "Added " + added.fullName() + " from " + added.source());
        return added;
    }

    /** People already in the portal with the same phone number or name. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<CandidateSummary> lookalikes(CandidateDraft draft) {
        return candidates.findLookalikes(CandidateKeys.nameKey(draft.getFullName()), CandidateKeys.phoneDigits(draft.getPhone()))
                .stream().map(Candidate::toSummary).toList();
    }

    /**
     * The candidates with these ids, by id. For features that decided already that the user may see
     * them (the applications of an opening they work on).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, CandidateSummary> summaries(Collection<Long> ids) {
        return candidates.findAllById(ids).stream().map(Candidate::toSummary)
                .collect(Collectors.toMap(CandidateSummary::id, Function.identity()));
    }
}
