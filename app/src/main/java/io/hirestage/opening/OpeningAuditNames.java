package io.hirestage.opening;

import io.hirestage.audit.AuditNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names openings in the audit trail by their title. */
@Component
class OpeningAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    OpeningAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return Openings.AUDIT_TYPE;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> keys = AuditNames.numeric(ids);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, title from opening where id in (:ids)").param("ids", keys)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
