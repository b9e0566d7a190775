package io.hirestage.security;

import io.hirestage.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names users in the audit trail, as the thing changed and as who acted, by their full name. */
@Component
class UserAuditNames extends SqlAuditNames {

    UserAuditNames(JdbcClient jdbc) {
        super(jdbc, UserService.AUDIT_TYPE, Ids.TEXT, """
                select username, full_name from user_account where username in (:ids)""");
    }

    @Override
    public boolean namesActors() {
        return true;
    }
}
