package io.hirestage.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AuditNames} read with one query: a feature names its kind of line by giving the query that
 * selects the id and the name of the ids in {@code :ids}.
 */
public abstract class SqlAuditNames implements AuditNames {

    /** What the ids of a kind of line are: database keys (numbers) or text such as user names. */
    public enum Ids { NUMBERS, TEXT }

    private final JdbcClient jdbc;
    private final String entityType;
    private final Ids ids;
    private final String sql;

    /** @param sql selects the id and the name, in that order, of the ids bound to {@code :ids} */
    protected SqlAuditNames(JdbcClient jdbc, String entityType, Ids ids, String sql) {
        this.jdbc = jdbc;
        this.entityType = entityType;
        this.ids = ids;
        this.sql = sql;
    }

    @Override
    public final String entityType() {
        return entityType;
    }

    @Override
    public final Map<String, String> names(Collection<String> wanted) {
        // An id that is not a number cannot be a database key; leaving it out keeps the query from failing on it.
        List<?> keys = ids == Ids.NUMBERS ? wanted.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList()
                : List.copyOf(wanted);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(sql).param("ids", keys).query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, again) -> first));
    }
}
