package io.hirestage.candidate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The resumes a candidate had before: a new upload does not throw the old one away. Plain SQL, so
 * a file is copied inside the database and never read into memory to be kept.
 */
@Component
class EarlierResumes {

    private final JdbcClient jdbc;

    EarlierResumes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the resume (a row of {@code resume}) as an earlier one of the candidate, replaced now. */
    void keep(long resumeId, long candidateId, Instant replacedAt) {
        jdbc.sql("""
                        insert into earlier_resume (candidate_id, file_name, media_type, size_bytes, content, uploaded_at, uploaded_by, replaced_at)
                        select ?, file_name, media_type, size_bytes, content, uploaded_at, uploaded_by, ? from resume where id = ?""")
                .params(candidateId, LocalDateTime.ofInstant(replacedAt, ZoneOffset.UTC), resumeId).update();
    }

    /** Newest first. */
    List<EarlierResumeView> of(long candidateId) {
        return jdbc.sql("""
                        select id, file_name, media_type, size_bytes, uploaded_at, uploaded_by, replaced_at from earlier_resume
                        where candidate_id = ? order by replaced_at desc, id desc""").param(candidateId)
                .query((rs, row) -> new EarlierResumeView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        utc(rs.getObject(5, LocalDateTime.class)), rs.getString(6), utc(rs.getObject(7, LocalDateTime.class)))).list();
    }

    /** The file, when it is one of this candidate's. */
    Optional<ResumeFile> file(long candidateId, long earlierId) {
        return jdbc.sql("select file_name, media_type, content from earlier_resume where id = ? and candidate_id = ?")
                .params(earlierId, candidateId)
                .query((rs, row) -> new ResumeFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** A merged duplicate's earlier resumes become the kept candidate's. */
    void moveTo(long fromCandidateId, long toCandidateId) {
        jdbc.sql("update earlier_resume set candidate_id = ? where candidate_id = ?").params(toCandidateId, fromCandidateId).update();
    }

    void eraseOf(long candidateId) {
        jdbc.sql("delete from earlier_resume where candidate_id = ?").param(candidateId).update();
    }

    /** Instants are stored as the UTC wall-clock time (see hibernate.jdbc.time_zone), whatever the JVM's zone. */
    private static Instant utc(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }
}
