package io.hirestage.pipeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates that retention policies act on: not erased, without a talent-pool consent that
 * holds, with no application in the running or hired, and quiet since the cutoff (the last thing that
 * happened in any of their applications, or when they were added if they never applied). Hired
 * people are left alone: their data moves on with them to the HR records, not to this policy.
 */
@Component
public class IdleCandidates {

    private final JdbcClient jdbc;

    IdleCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param country        the policy's country, or {@code null} for every country without a policy of its own
     * @param ownPolicies    with {@code country == null}: the countries that have a policy of their own
     */
    @Transactional(readOnly = true)
    public List<Long> quietSince(Instant cutoff, String country, Collection<String> ownPolicies, int limit) {
        String whereCountry = country != null ? "c.country = :country"
                : ownPolicies.isEmpty() ? "1 = 1" : "(c.country is null or c.country not in (:own))";
        JdbcClient.StatementSpec query = jdbc.sql("""
                        select c.id from candidate c
                        where c.erased_at is null and c.talent_pool_consent = false and %s
                          and not exists (select 1 from application a where a.candidate_id = c.id and a.status in ('ACTIVE', 'HIRED'))
                          and coalesce((select max(e.at) from application_event e where e.candidate_id = c.id), c.created_at) < :cutoff
                        order by c.id limit :limit""".formatted(whereCountry))
                .param("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .param("limit", limit);
        if (country != null) {
            query = query.param("country", country);
        } else if (!ownPolicies.isEmpty()) {
            query = query.param("own", ownPolicies);
        }
        return query.query(Long.class).list();
    }
}
