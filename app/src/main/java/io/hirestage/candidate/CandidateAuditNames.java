package io.hirestage.candidate;

import io.hirestage.audit.AuditNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names candidates in the audit trail; an erased candidate keeps their number. */
@Component
class CandidateAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    CandidateAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return Candidates.AUDIT_TYPE;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> keys = AuditNames.numeric(ids);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, full_name from candidate where id in (:ids)").param("ids", keys)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
