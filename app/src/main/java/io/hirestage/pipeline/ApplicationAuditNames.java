package io.hirestage.pipeline;

import io.hirestage.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names applications in the audit trail: the candidate and the opening. */
@Component
class ApplicationAuditNames extends SqlAuditNames {

    ApplicationAuditNames(JdbcClient jdbc) {
        super(jdbc, Applications.AUDIT_TYPE, Ids.NUMBERS, """
                select a.id, concat(c.full_name, ' · ', o.title)
                from application a join candidate c on c.id = a.candidate_id join opening o on o.id = a.opening_id
                where a.id in (:ids)""");
    }
}
