package io.hirestage.search;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidates whose documents changed, recorded in the transaction of the change: every portal
 * node sharing the database follows it ({@link IndexFollower}), and a node that was down catches up
 * from it when it starts.
 */
@Component
class IndexChangeLog {

    private final JdbcTemplate jdbc;

    IndexChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Collection<Long> candidateIds, Instant at) {
        LocalDateTime stored = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbc.batchUpdate("insert into search_index_change (candidate_id, changed_at) values (?, ?)",
                candidateIds.stream().map(id -> new Object[] {id, stored}).toList());
    }

    /** The changes recorded since then, oldest first. */
    List<Change> since(Instant from) {
        return jdbc.query("select id, candidate_id from search_index_change where changed_at >= ? order by id",
                (rs, row) -> new Change(rs.getLong(1), rs.getLong(2)), LocalDateTime.ofInstant(from, ZoneOffset.UTC));
    }

    int forgetBefore(Instant before) {
        return jdbc.update("delete from search_index_change where changed_at < ?", LocalDateTime.ofInstant(before, ZoneOffset.UTC));
    }

    record Change(long id, long candidateId) {
    }
}
