package io.hirestage.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One look at a candidate's data: who, what, when. */
@Entity
@Table(name = "candidate_access")
class CandidateAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CandidateAccessKind kind;

    @Column(nullable = false)
    private Instant at;

    protected CandidateAccess() {
    }

    CandidateAccess(long candidateId, String actor, CandidateAccessKind kind, Instant at) {
        this.candidateId = candidateId;
        this.actor = actor;
        this.kind = kind;
        this.at = at;
    }

    CandidateAccessView toView() {
        return new CandidateAccessView(actor, kind, at);
    }
}
