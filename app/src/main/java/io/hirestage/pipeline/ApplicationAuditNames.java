package io.hirestage.pipeline;

import io.hirestage.audit.AuditNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names applications in the audit trail: the candidate and the opening. */
@Component
class ApplicationAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    ApplicationAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return Applications.AUDIT_TYPE;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> keys = AuditNames.numeric(ids);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select a.id, concat(c.full_name, ' · ', o.title)
                        from application a join candidate c on c.id = a.candidate_id join opening o on o.id = a.opening_id
                        where a.id in (:ids)""").param("ids", keys)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
