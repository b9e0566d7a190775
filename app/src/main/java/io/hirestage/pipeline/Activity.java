package io.hirestage.pipeline;

import io.hirestage.jobrole.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of an application's history: a move, a decision, a note, a vendor update. Never changed,
 * except by the erasure of the candidate ({@link ApplicationsErasure}), which writes past this mapping.
 */
@Entity
@Immutable
@Table(name = "application_event")
class Activity {

    static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 40)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", length = 40)
    private Stage toStage;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    /** Who wrote the entry, for the notes its author may change; {@code null} for background work and older entries. */
    @Column(name = "actor_username", length = 60)
    private String actorUsername;

    /** For an edit or deletion of a note, the note. */
    @Column(name = "revises_id")
    private Long revisesId;

    @Column(nullable = false)
    private Instant at;

    protected Activity() {
    }

    Activity(Application application, ActivityKind kind, Stage fromStage, Stage toStage, String detail, String actorName, Instant at) {
        this(application, kind, fromStage, toStage, detail, actorName, null, null, at);
    }

    Activity(Application application, ActivityKind kind, Stage fromStage, Stage toStage, String detail, String actorName,
             String actorUsername, Long revisesId, Instant at) {
        this.applicationId = application.getId();
        this.candidateId = application.getCandidateId();
        this.kind = kind;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
        this.actorName = actorName;
        this.actorUsername = actorUsername;
        this.revisesId = revisesId;
        this.at = at;
    }

    Long getId() {
        return id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    ActivityKind getKind() {
        return kind;
    }

    String getDetail() {
        return detail;
    }

    String getActorUsername() {
        return actorUsername;
    }

    Long getRevisesId() {
        return revisesId;
    }

    Instant getAt() {
        return at;
    }

    ActivityEntry toEntry(String openingTitle) {
        return new ActivityEntry(id, applicationId, openingTitle, kind, fromStage, toStage, detail, actorName, at, null, false);
    }
}
