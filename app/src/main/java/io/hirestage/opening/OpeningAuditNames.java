package io.hirestage.opening;

import io.hirestage.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names openings in the audit trail by their title. */
@Component
class OpeningAuditNames extends SqlAuditNames {

    OpeningAuditNames(JdbcClient jdbc) {
        super(jdbc, Openings.AUDIT_TYPE, Ids.NUMBERS, """
                select id, title from opening where id in (:ids)""");
    }
}
