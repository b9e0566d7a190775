package io.hirestage.privacy;

import io.hirestage.base.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How long a country's candidates' data is kept once nothing needs it, and how long their consents hold. */
@Entity
@Table(name = "retention_policy")
class RetentionPolicy implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2, unique = true)
    private String country;

    @Column(name = "keep_months", nullable = false)
    private int keepMonths;

    @Column(name = "consent_months", nullable = false)
    private int consentMonths;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Version
    private long version;

    protected RetentionPolicy() {
    }

    RetentionPolicy(String country) {
        this.country = country;
    }

    void change(int keepMonths, int consentMonths, Instant at, String by) {
        this.keepMonths = keepMonths;
        this.consentMonths = consentMonths;
        this.changedAt = at;
        this.changedBy = by;
    }

    @Override
    public long getVersion() {
        return version;
    }

    RetentionPolicyView toView() {
        return new RetentionPolicyView(id, country, keepMonths, consentMonths, changedAt, changedBy, version);
    }
}
