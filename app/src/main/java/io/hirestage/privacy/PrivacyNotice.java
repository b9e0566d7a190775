package io.hirestage.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the privacy notice for a country; a version never changes once published, so a consent can name it. */
@Entity
@Table(name = "privacy_notice")
class PrivacyNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = PrivacyNotices.MAX_TEXT)
    private String text;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 60)
    private String publishedBy;

    protected PrivacyNotice() {
    }

    PrivacyNotice(String country, int version, String text, Instant publishedAt, String publishedBy) {
        this.country = country;
        this.version = version;
        this.text = text;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    Long getId() {
        return id;
    }

    PrivacyNoticeView toView() {
        return new PrivacyNoticeView(id, country, version, text, publishedAt, publishedBy);
    }
}
