package io.hirestage.candidate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A candidate's current resume: the file as uploaded, and its text for search and screening. */
@Entity
@Table(name = "resume")
class Resume {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false, unique = true)
    private Long candidateId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    @Column(nullable = false, length = MAX_BYTES)
    private byte[] content;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false, length = 1_000_000)
    private String text;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Version
    private long version;

    protected Resume() {
    }

    Resume(Long candidateId) {
        this.candidateId = candidateId;
    }

    void replace(String fileName, ReadResume read, byte[] content, Instant at, String by) {
        this.fileName = fileName;
        this.mediaType = read.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.text = read.text();
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    Long getId() {
        return id;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    void transferTo(Long otherCandidateId) {
        candidateId = otherCandidateId;
    }

    ResumeFile toFile() {
        return new ResumeFile(fileName, mediaType, content.clone());
    }

    ResumeView toView() {
        return new ResumeView(candidateId, fileName, mediaType, sizeBytes, text, uploadedAt, uploadedBy);
    }
}
