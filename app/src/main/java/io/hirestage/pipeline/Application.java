package io.hirestage.pipeline;

import io.hirestage.base.Versioned;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.hirestage.base.Redaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A candidate in an opening: the stage they are in and whether they are still in the running. */
@Entity
@Table(name = "application")
class Application implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(name = "opening_id", nullable = false)
    private Long openingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_interviewer", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> interviewerIds = new HashSet<>();

    @Version
    private long version;

    protected Application() {
    }

    Application(Long candidateId, Long openingId, Stage firstStage, Instant now) {
        this.candidateId = candidateId;
        this.openingId = openingId;
        this.stage = firstStage;
        this.status = ApplicationStatus.ACTIVE;
        this.stageEnteredAt = now;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    Long getCandidateId() {
        return candidateId;
    }

    Long getOpeningId() {
        return openingId;
    }

    Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    Stage getStage() {
        return stage;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    @Override
    public long getVersion() {
        return version;
    }

    Set<Long> getInterviewerIds() {
        return Set.copyOf(interviewerIds);
    }

    void moveTo(Stage to, Instant now) {
        stage = to;
        stageEnteredAt = now;
    }

    /** Closes the application: hired, rejected (with the reason) or withdrawn. */
    void close(ApplicationStatus outcome, String reason) {
        status = outcome;
        rejectionReason = reason;
    }

    /** The candidate was erased: the reason they were turned down no longer names them. */
    void erase(List<String> personalWords, String anonymousName) {
        rejectionReason = ApplicationsErasure.cut(Redaction.redact(rejectionReason, personalWords, anonymousName), 500);
    }

    void reopen() {
        status = ApplicationStatus.ACTIVE;
        rejectionReason = null;
    }

    void assign(Set<Long> interviewers) {
        interviewerIds.clear();
        interviewerIds.addAll(interviewers);
    }

    /**
     * Takes in the duplicate record's application of the same opening: its interviewers, and where
     * it stood when that one was further along.
     */
    void takeOver(Application duplicate, boolean goOnFromTheirs) {
        interviewerIds.addAll(duplicate.interviewerIds);
        if (goOnFromTheirs) {
            stage = duplicate.stage;
            stageEnteredAt = duplicate.stageEnteredAt;
            status = duplicate.status;
            rejectionReason = duplicate.rejectionReason;
        }
    }

    /** Moves the application to another candidate, when two records of one person are merged. */
    void transferTo(Long otherCandidateId) {
        candidateId = otherCandidateId;
    }

    ApplicationView toView(String candidateName, String openingTitle) {
        return new ApplicationView(id, candidateId, candidateName, openingId, openingTitle, stage, status, rejectionReason,
                stageEnteredAt, createdAt, getInterviewerIds(), version);
    }
}
