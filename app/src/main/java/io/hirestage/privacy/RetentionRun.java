package io.hirestage.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one run of the retention policies did. */
@Entity
@Table(name = "retention_run")
class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "consents_expired", nullable = false)
    private int consentsExpired;

    @Column(name = "candidates_erased", nullable = false)
    private int candidatesErased;

    @Column(nullable = false)
    private int problems;

    @Column(nullable = false, length = 1_000_000)
    private String report;

    protected RetentionRun() {
    }

    RetentionRun(Instant startedAt, Instant finishedAt, String startedBy, int consentsExpired, int candidatesErased, int problems,
                 String report) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.startedBy = startedBy;
        this.consentsExpired = consentsExpired;
        this.candidatesErased = candidatesErased;
        this.problems = problems;
        this.report = report;
    }

    RetentionRunView toView() {
        return new RetentionRunView(id, startedAt, finishedAt, startedBy, consentsExpired, candidatesErased, problems, report);
    }
}
