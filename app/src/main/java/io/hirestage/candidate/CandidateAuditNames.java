package io.hirestage.candidate;

import io.hirestage.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names candidates in the audit trail; an erased candidate keeps their number. */
@Component
class CandidateAuditNames extends SqlAuditNames {

    CandidateAuditNames(JdbcClient jdbc) {
        super(jdbc, Candidates.AUDIT_TYPE, Ids.NUMBERS, """
                select id, full_name from candidate where id in (:ids)""");
    }
}
