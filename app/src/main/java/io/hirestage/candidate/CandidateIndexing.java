package io.hirestage.candidate;

import io.hirestage.search.CandidateDocument;
import io.hirestage.search.CandidateIndexSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the search index who the candidates are and what their resumes say: one query per batch of
 * candidates. Erased candidates are not described, so the index forgets them: nobody finds them.
 */
@Component
class CandidateIndexing implements CandidateIndexSource {

    private final JdbcClient jdbc;

    CandidateIndexing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from candidate where erased_at is null").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from candidate where id > ? and erased_at is null order by id limit ?").params(afterId, limit).query(Long.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public void describe(Map<Long, CandidateDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select c.id, c.full_name, c.email, c.location, c.channel, c.tags, c.created_at, r.text, c.other_emails
                        from candidate c left join resume r on r.candidate_id = c.id where c.id in (:ids) and c.erased_at is null""")
                .param("ids", documents.keySet())
                .query(rs -> {
                    String tags = rs.getString(6);
                    String otherEmails = rs.getString(9);
                    documents.get(rs.getLong(1))
                            .person(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(",")),
                                    rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC))
                            .otherEmails(otherEmails == null || otherEmails.isEmpty() ? List.of() : List.of(otherEmails.split(",")))
                            .resume(rs.getString(8));
                });
    }
}
