package io.hirestage.pipeline;

import io.hirestage.plugin.InvitationSubjects;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The candidate behind each vendor step's invitation, for the provider page. */
@Component
class VendorStepSubjects implements InvitationSubjects {

    private final JdbcClient jdbc;

    VendorStepSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> candidatesOf(Collection<String> requestKeys) {
        if (requestKeys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select s.request_key, c.full_name from vendor_step s
                        join application a on a.id = s.application_id join candidate c on c.id = a.candidate_id
                        where s.request_key in (:keys)""").param("keys", requestKeys)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
