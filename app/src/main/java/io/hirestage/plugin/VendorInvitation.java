package io.hirestage.plugin;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An invitation a vendor accepted, followed until its result is final. */
@Entity
@Table(name = "vendor_invitation")
class VendorInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_key", nullable = false, unique = true, length = 100)
    private String requestKey;

    @Column(name = "provider_id", nullable = false, length = 60)
    private String providerId;

    @Column(name = "vendor_id", nullable = false, length = 200)
    private String vendorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OutboundOperation operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VendorInvitationStatus status;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(length = 1_000_000)
    private String result;

    @Column(length = 1000)
    private String problem;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "failed_checks", nullable = false)
    private int failedChecks;

    @Version
    private long version;

    protected VendorInvitation() {
    }

    VendorInvitation(String requestKey, String providerId, String vendorId, OutboundOperation operation, Instant firstCheckAt) {
        this.requestKey = requestKey;
        this.providerId = providerId;
        this.vendorId = vendorId;
        this.operation = operation;
        this.status = VendorInvitationStatus.INVITED;
        this.nextCheckAt = firstCheckAt;
    }

    String getProviderId() {
        return providerId;
    }

    String getVendorId() {
        return vendorId;
    }

    OutboundOperation getOperation() {
        return operation;
    }

    VendorInvitationStatus getStatus() {
        return status;
    }

    String getResult() {
        return result;
    }

    int getFailedChecks() {
        return failedChecks;
    }

    /** Records what the vendor said; a final status stops further checks. */
    void checked(VendorInvitationStatus status, String resultJson, String problem, Instant at, Instant nextCheckAt) {
        this.status = status;
        this.result = resultJson;
        this.problem = truncate(problem);
        this.lastCheckedAt = at;
        this.nextCheckAt = status.isFinal() ? null : nextCheckAt;
        this.failedChecks = 0;
    }

    /** A check failed (the vendor, the plugin or the portal): keep what is known, say why, try again later. */
    void checkFailed(String problem, Instant at, Instant nextCheckAt) {
        this.failedChecks++;
        this.problem = truncate(problem);
        this.lastCheckedAt = at;
        this.nextCheckAt = nextCheckAt;
    }

    /** Too many checks in a row failed: no longer followed, shown as a vendor error with the last reason. */
    void parked(String problem, Instant at) {
        this.status = VendorInvitationStatus.VENDOR_ERROR;
        this.problem = truncate(problem);
        this.lastCheckedAt = at;
        this.nextCheckAt = null;
    }

    /** The candidate was erased: what the vendor reported about them is forgotten, and they are no longer followed. */
    void erase() {
        this.result = null;
        this.problem = null;
        this.nextCheckAt = null;
    }

    private static String truncate(String problem) {
        return problem == null || problem.length() <= 1000 ? problem : problem.substring(0, 999) + "…";
    }

    /**
     * Whether the invitation is no longer followed and waits for a person: a vendor error, whether
     * its checks kept failing, the vendor refused, or its answer was not trusted.
     */
    boolean isParked() {
        return status == VendorInvitationStatus.VENDOR_ERROR;
    }

    /**
     * A person fixed the cause: followed again as if just sent, due now, so the usual check and its
     * back-off take it from there with a clean count. Only a parked invitation is followed again.
     *
     * @return whether the invitation was parked and is followed again
     */
    boolean followAgain(Instant now) {
        if (!isParked()) {
            return false;
        }
        this.status = VendorInvitationStatus.INVITED;
        this.problem = null;
        this.failedChecks = 0;
        this.nextCheckAt = now;
        return true;
    }

    /** The vendor said something changed: check at once. */
    void checkNow(Instant now) {
        if (!status.isFinal()) {
            nextCheckAt = now;
        }
    }

    ParkedInvitation toParked() {
        return new ParkedInvitation(requestKey, providerId, vendorId, operation, problem, failedChecks, lastCheckedAt);
    }

    VendorInvitationView toView() {
        return new VendorInvitationView(requestKey, providerId, vendorId, operation, status, result, problem, lastCheckedAt);
    }
}
