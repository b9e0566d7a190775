package io.hirestage.pipeline;

import io.hirestage.audit.AuditNames;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names vendor invitations in the audit trail by what was sent to whom, for which opening. */
@Component
class VendorInvitationAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    VendorInvitationAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return VendorSteps.AUDIT_TYPE;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select s.request_key, concat(c.full_name, ' · ', o.title) from vendor_step s
                        join application a on a.id = s.application_id join candidate c on c.id = a.candidate_id
                        join opening o on o.id = a.opening_id where s.request_key in (:keys)""").param("keys", ids)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
