package io.hirestage.candidate;

import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import io.hirestage.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each recruiter's saved searches of the candidates list, theirs alone. Saving under a name they
 * used already replaces that search, as a person expects of "save".
 */
@Service
public class SavedSearches {

    static final int MAX_NAME = 80;
    static final int MAX_PER_PERSON = 50;

    private final JdbcClient jdbc;
    private final UserDirectory users;

    SavedSearches(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The logged-in person's saved searches, by name. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<SavedSearch> mine() {
        return jdbc.sql("""
                        select id, name, words, channel, tag, skill, opening_id, stage, status from saved_candidate_search
                        where owner_id = ? order by name""").param(users.currentUserId())
                .query((rs, row) -> new SavedSearch(rs.getLong(1), rs.getString(2), new CandidateQuery(rs.getString(3),
                        rs.getString(4) == null ? null : SourcingChannel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, Long.class), rs.getString(8) == null ? null : Stage.valueOf(rs.getString(8)),
                        rs.getString(9) == null ? null : ApplicationStatus.valueOf(rs.getString(9))))).list();
    }

    /**
     * Saves the search under the name, replacing one of the same name.
     *
     * @throws CandidateRejectedException for a blank or too long name, or past {@value #MAX_PER_PERSON} searches
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public SavedSearch save(String name, CandidateQuery query) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new CandidateRejectedException("Name the search in 1 to " + MAX_NAME + " characters");
        }
        Long me = users.currentUserId();
        jdbc.sql("delete from saved_candidate_search where owner_id = ? and name = ?").params(me, trimmed).update();
        Integer count = jdbc.sql("select count(*) from saved_candidate_search where owner_id = ?").param(me).query(Integer.class).single();
        if (count >= MAX_PER_PERSON) {
            throw new CandidateRejectedException("You have " + MAX_PER_PERSON + " saved searches; delete one first");
        }
        jdbc.sql("""
                        insert into saved_candidate_search (owner_id, name, words, channel, tag, skill, opening_id, stage, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(me, trimmed, cut(query.text(), 200), query.channel() == null ? null : query.channel().name(),
                        cut(query.tag(), 60), cut(query.skill(), 200), query.openingId(),
                        query.stage() == null ? null : query.stage().name(), query.status() == null ? null : query.status().name())
                .update();
        return mine().stream().filter(saved -> saved.name().equals(trimmed)).findFirst().orElseThrow();
    }

    /** Deletes one of the person's own searches; someone else's is left alone. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public void delete(long id) {
        jdbc.sql("delete from saved_candidate_search where id = ? and owner_id = ?").params(id, users.currentUserId()).update();
    }

    private static String cut(String text, int length) {
        return text == null || text.isBlank() ? null : text.length() > length ? text.substring(0, length) : text;
    }
}
