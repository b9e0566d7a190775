package io.hirestage.audit;

import jakarta.annotation.security.RolesAllowed;
import io.hirestage.base.Redaction;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's public face. Services call {@link #record} inside their own transaction, so a
 * change and its audit line are saved together or not at all.
 */
@Service
public class AuditLog {

    /** The actor recorded when no user is logged in: start-up tasks and background jobs. */
    public static final String SYSTEM = "system";

    /** The actor recorded for what someone did without being logged in, such as a failed login. */
    public static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Appends a line for the logged-in user (or {@value #SYSTEM}).
     *
     * @param summary what changed, in a sentence; never a password or other secret
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, String action, String summary) {
        events.save(new AuditEvent(clock.instant(), currentActor(), entityType, entityId, action, summary));
    }

    /**
     * Appends a line at once, in a transaction of its own, for an event that goes with no other change:
     * a login. Nobody is logged in while it happens, so the caller names the actor.
     *
     * @param summary what happened, in a sentence; never a password or other secret
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String actor, String entityType, String entityId, String action, String summary) {
        events.save(new AuditEvent(clock.instant(), actor, entityType, entityId, action, summary));
    }

    /**
     * Takes an erased person out of the trail's lines about these entities: each of the words that
     * named them (name, email address) becomes {@code replacement} ("Erased candidate #123"). Who did
     * what and when stays; the one change the trail allows (GDPR Art. 17).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redact(String entityType, Collection<String> entityIds, List<String> words, String replacement) {
        if (entityIds.isEmpty() || words.isEmpty()) {
            return;
        }
        jdbc.sql("select id, summary from audit_event where entity_type = :type and entity_id in (:ids)")
                .param("type", entityType).param("ids", entityIds)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().forEach(line -> {
                    String redacted = AuditEvent.cut(Redaction.redact(line.getValue(), words, replacement), AuditEvent.SUMMARY_LENGTH);
                    if (!redacted.equals(line.getValue())) {
                        jdbc.sql("update audit_event set summary = ? where id = ?").params(redacted, line.getKey()).update();
                    }
                });
    }

    /** The trail, newest first unless the page asks for another order. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return events.findAll(AuditSpecifications.matching(filter), ordered).map(AuditEvent::toEntry);
    }

    /** The kinds of thing the trail has lines for, to offer as a filter. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return events.findEntityTypes();
    }

    /** The actions the trail has lines for, to offer as a filter. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.findActions();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return loggedIn ? authentication.getName() : SYSTEM;
    }
}
