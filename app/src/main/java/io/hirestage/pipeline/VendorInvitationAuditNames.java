package io.hirestage.pipeline;

import io.hirestage.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names vendor invitations in the audit trail by the candidate and the opening they were sent for. */
@Component
class VendorInvitationAuditNames extends SqlAuditNames {

    VendorInvitationAuditNames(JdbcClient jdbc) {
        super(jdbc, VendorSteps.AUDIT_TYPE, Ids.TEXT, """
                select s.request_key, concat(c.full_name, ' · ', o.title) from vendor_step s
                join application a on a.id = s.application_id join candidate c on c.id = a.candidate_id
                join opening o on o.id = a.opening_id where s.request_key in (:ids)""");
    }
}
