package io.hirestage.security;

import io.hirestage.audit.AuditNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names users in the audit trail, as the thing changed and as who acted, by their full name. */
@Component
class UserAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    UserAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return UserService.AUDIT_TYPE;
    }

    @Override
    public boolean namesActors() {
        return true;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<String> keys = List.copyOf(ids);
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select username, full_name from user_account where username in (:ids)").param("ids", keys)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
