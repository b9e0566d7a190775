package io.hirestage.privacy;

import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateAdded;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.CandidatesMerging;
import io.hirestage.candidate.MergeEffects;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates' consents (GDPR Art. 7: the portal can show that, when, how and under which notice a
 * candidate agreed). A consent holds for the months the candidate's country's retention policy says,
 * until withdrawn. The candidate's talent-pool mark follows their consents: this is the one place
 * that sets it.
 */
@Service
public class Consents implements MergeEffects {

    static final int MAX_SOURCE = 200;

    static final String AUDIT_TYPE = "Consent";

    private final ConsentRepository consents;
    private final PrivacyNotices notices;
    private final RetentionPolicies policies;
    private final Candidates candidates;
    private final AuditLog auditLog;
    private final Clock clock;

    Consents(ConsentRepository consents, PrivacyNotices notices, RetentionPolicies policies, Candidates candidates, AuditLog auditLog,
             Clock clock) {
        this.consents = consents;
        this.notices = notices;
        this.policies = policies;
        this.candidates = candidates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The candidate's consents, newest first, withdrawn and expired ones included. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<ConsentView> of(long candidateId) {
        Instant now = clock.instant();
        return consents.findByCandidateIdOrderByGivenAtDescIdDesc(candidateId).stream().map(consent -> consent.toView(now)).toList();
    }

    /**
     * Records a consent the candidate gave, under the notice in force for their country.
     *
     * @param givenAt when the candidate said so; not in the future
     * @param source  how they said so: "Careers page form", "Email of 3 Dec to Riley"
     * @throws PrivacyRejectedException without a source, for a time in the future, or for an erased candidate
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public ConsentView record(long candidateId, ConsentPurpose purpose, Instant givenAt, String source) {
        String how = source == null ? "" : source.strip();
        if (how.isEmpty()) {
            throw new PrivacyRejectedException("Say how the candidate gave their consent, for example \"Careers page form\"");
        }
        if (how.length() > MAX_SOURCE) {
            throw new PrivacyRejectedException("Use at most " + MAX_SOURCE + " characters");
        }
        Instant now = clock.instant();
        if (givenAt == null || givenAt.isAfter(now)) {
            throw new PrivacyRejectedException("Give the day the candidate consented; it cannot be in the future");
        }
        CandidateSummary candidate = existing(candidateId);
        int holdsMonths = policies.consentMonths(candidate.country());
        Instant expires = givenAt.atOffset(ZoneOffset.UTC).plusMonths(holdsMonths).toInstant();
        if (!expires.isAfter(now)) {
            throw new PrivacyRejectedException("A consent given then has expired already (it holds " + holdsMonths
                    + " months); ask the candidate again");
        }
        String recordedBy = SecurityContextHolder.getContext().getAuthentication().getName();
        Consent consent = consents.saveAndFlush(new Consent(candidateId, purpose, givenAt, how,
                notices.currentFor(candidate.country()), expires, recordedBy));
        ConsentView recorded = consent.toView(now);
        auditLog.record(AUDIT_TYPE, String.valueOf(candidateId), "given", candidate.fullName() + " consented: "
                + purpose.displayName().toLowerCase() + " (" + how + "; " + recorded.notice() + ")");
        mirror(candidateId);
        return recorded;
    }

    /** Records that the candidate withdrew a consent; withdrawing twice changes nothing. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public ConsentView withdraw(long consentId) {
        Consent consent = consents.findById(consentId).orElseThrow(() -> new PrivacyRejectedException("This consent no longer exists"));
        Instant now = clock.instant();
        if (consent.toView(now).withdrawnAt() == null) {
            consent.withdraw(now);
            auditLog.record(AUDIT_TYPE, String.valueOf(consent.getCandidateId()), "withdrawn",
                    existing(consent.getCandidateId()).fullName() + " withdrew their consent: "
                            + consent.getPurpose().displayName().toLowerCase());
            mirror(consent.getCandidateId());
        }
        return consent.toView(now);
    }

    /**
     * Ends the consents whose time ran out: part of the retention run, before it looks for data to erase.
     *
     * @return the candidates whose consents expired, with how many
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Long> expireDue() {
        Instant now = clock.instant();
        List<Consent> due = consents.findByWithdrawnAtIsNullAndLapsedAtIsNullAndExpiresAtLessThanEqual(now);
        due.forEach(consent -> consent.lapsed(now));
        Map<Long, Long> byCandidate = due.stream().collect(Collectors.groupingBy(Consent::getCandidateId, Collectors.counting()));
        byCandidate.keySet().forEach(this::mirror);
        return byCandidate;
    }

    /** The candidate was erased: their consents go with their data, and the audit trail's lines of them no longer name them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(long candidateId, List<String> personalWords, String anonymousName) {
        consents.deleteByCandidateId(candidateId);
        auditLog.redact(AUDIT_TYPE, List.of(String.valueOf(candidateId)), personalWords, anonymousName);
    }

    /** The box ticked on the form when the candidate was added. */
    @EventListener
    void onAdded(CandidateAdded added) {
        if (added.talentPoolConsentTicked()) {
            record(added.candidateId(), ConsentPurpose.TALENT_POOL, clock.instant(), "Ticked when the candidate was added");
        }
    }

    /** A duplicate's consents are the person's: they move to the record kept. */
    /** For the merge's preview: what {@link #onMerging} will move. */
    @Override
    @Transactional(readOnly = true)
    public List<String> of(long keptId, long duplicateId) {
        int theirs = consents.findByCandidateIdOrderByGivenAtDescIdDesc(duplicateId).size();
        return theirs == 0 ? List.of() : List.of(theirs == 1 ? "Their consent record comes here" : "Their " + theirs + " consent records come here");
    }

    @EventListener
    void onMerging(CandidatesMerging merging) {
        consents.findByCandidateIdOrderByGivenAtDescIdDesc(merging.duplicateId()).forEach(consent -> consent.transferTo(merging.keptId()));
        consents.flush();
        mirror(merging.keptId());
    }

    private void mirror(long candidateId) {
        Instant now = clock.instant();
        boolean talentPool = consents.findByCandidateIdOrderByGivenAtDescIdDesc(candidateId).stream()
                .anyMatch(consent -> consent.getPurpose() == ConsentPurpose.TALENT_POOL && consent.holdsAt(now));
        candidates.talentPoolConsentChanged(candidateId, talentPool);
    }

    private CandidateSummary existing(long candidateId) {
        CandidateSummary candidate = candidates.summaries(List.of(candidateId)).get(candidateId);
        if (candidate == null || candidate.erased()) {
            throw new PrivacyRejectedException("This candidate no longer exists");
        }
        return candidate;
    }
}
