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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An invitation sent for one of an application's vendor stages, as the application sees it. The
 * plugin host owns the request and the vendor's answers; this keeps what the board and the profile
 * show (status, score, breakdown, report) so that the board reads it in the same query as the cards.
 */
@Entity
@Table(name = "vendor_step")
class VendorStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @Column(name = "provider_id", nullable = false, length = 60)
    private String providerId;

    @Column(name = "request_key", nullable = false, unique = true, length = 100)
    private String requestKey;

    /** What was sent, in words: the test's name, "One-way video interview". */
    @Column(nullable = false, length = 200)
    private String what;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VendorStepStatus status;

    @Column(length = 1000)
    private String problem;

    private Integer score;

    @Column(name = "max_score")
    private Integer maxScore;

    /** Per competency, "name=value" lines. */
    @Column(length = 2000)
    private String breakdown;

    @Column(name = "report_url", length = 1000)
    private String reportUrl;

    @Column(name = "sent_by", nullable = false, length = 120)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VendorStep() {
    }

    VendorStep(Long applicationId, Stage stage, String providerId, String requestKey, String what, String sentBy, Instant now) {
        this.applicationId = applicationId;
        this.stage = stage;
        this.providerId = providerId;
        this.requestKey = requestKey;
        this.what = what;
        this.status = VendorStepStatus.SENDING;
        this.sentBy = sentBy;
        this.sentAt = now;
        this.updatedAt = now;
    }

    Long getApplicationId() {
        return applicationId;
    }

    String getRequestKey() {
        return requestKey;
    }

    VendorStepStatus getStatus() {
        return status;
    }

    void update(VendorStepStatus status, String problem, Integer score, Integer maxScore, String breakdown, String reportUrl,
                Instant now) {
        this.status = status;
        this.problem = problem == null || problem.length() <= 1000 ? problem : problem.substring(0, 999) + "…";
        this.score = score;
        this.maxScore = maxScore;
        this.breakdown = breakdown == null || breakdown.length() <= 2000 ? breakdown : breakdown.substring(0, 1999) + "…";
        this.reportUrl = reportUrl;
        this.updatedAt = now;
    }

    /** The candidate was erased: the link to the vendor's report on them goes; the scores stay, anonymous, for statistics. */
    void erase() {
        reportUrl = null;
    }

    void sendingAgain(Instant now) {
        update(VendorStepStatus.SENDING, null, null, null, null, null, now);
    }

    VendorStepView toView() {
        return new VendorStepView(requestKey, stage, providerId, what, status, problem, score, maxScore, VendorStepView.parse(breakdown),
                reportUrl, sentBy, sentAt, updatedAt);
    }
}
