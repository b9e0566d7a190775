package io.hirestage.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A candidate's consent: to what, when and how they gave it, the notice they were shown, until when it holds. */
@Entity
@Table(name = "candidate_consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConsentPurpose purpose;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(nullable = false, length = Consents.MAX_SOURCE)
    private String source;

    @ManyToOne(optional = false)
    @JoinColumn(name = "notice_id", nullable = false)
    private PrivacyNotice notice;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** When the retention run found it expired, so each expiry is reported once. */
    @Column(name = "lapsed_at")
    private Instant lapsedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected Consent() {
    }

    Consent(long candidateId, ConsentPurpose purpose, Instant givenAt, String source, PrivacyNotice notice, Instant expiresAt,
            String recordedBy) {
        this.candidateId = candidateId;
        this.purpose = purpose;
        this.givenAt = givenAt;
        this.source = source;
        this.notice = notice;
        this.expiresAt = expiresAt;
        this.recordedBy = recordedBy;
    }

    Long getCandidateId() {
        return candidateId;
    }

    ConsentPurpose getPurpose() {
        return purpose;
    }

    boolean holdsAt(Instant now) {
        return withdrawnAt == null && expiresAt.isAfter(now);
    }

    void withdraw(Instant now) {
        withdrawnAt = now;
    }

    void lapsed(Instant now) {
        lapsedAt = now;
    }

    void transferTo(long otherCandidateId) {
        candidateId = otherCandidateId;
    }

    ConsentView toView(Instant now) {
        return new ConsentView(id, candidateId, purpose, givenAt, source, notice.toView().label(), expiresAt, withdrawnAt, recordedBy,
                holdsAt(now));
    }
}
