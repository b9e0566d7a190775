package io.hirestage.audit;

import io.hirestage.base.Redaction;
import io.hirestage.base.SpreadsheetCsv;
import jakarta.annotation.security.RolesAllowed;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** The most lines one CSV export holds. */
    public static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_PAGE = 1_000;

    private final AuditEventRepository events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<AuditNames> names;

    AuditLog(AuditEventRepository events, JdbcClient jdbc, Clock clock, ObjectProvider<AuditNames> names) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.names = names;
    }

    /**
     * Appends a line for the logged-in user (or {@value #SYSTEM}).
     *
     * @param summary what changed, in a sentence; never a password or other secret
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, String action, String summary) {
        record(entityType, entityId, action, summary, null);
    }

    /** As {@link #record(String, String, String, String)}, for an edit: with the old and new values of what it changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, String action, String summary, Changes changes) {
        events.save(new AuditEvent(clock.instant(), currentActor(), entityType, entityId, action, summary, changes));
    }

    /**
     * Appends a line at once, in a transaction of its own, for an event that goes with no other change:
     * a login. Nobody is logged in while it happens, so the caller names the actor.
     *
     * @param summary what happened, in a sentence; never a password or other secret
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String actor, String entityType, String entityId, String action, String summary) {
        events.save(new AuditEvent(clock.instant(), actor, entityType, entityId, action, summary, null));
    }

    /**
     * Takes an erased person out of the trail's lines about these entities: each of the words that
     * named them (name, email address) becomes {@code replacement} ("Erased candidate #123"). Who did
     * what and when stays; the one change the trail allows (GDPR Art. 17). The old and new values of
     * their edits go altogether: a former name or address is not among the words.
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
        jdbc.sql("update audit_event set changes = null where entity_type = :type and entity_id in (:ids) and changes is not null")
                .param("type", entityType).param("ids", entityIds).update();
    }

    /** The trail, newest first unless the page asks for another order. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        Page<AuditEntry> page = events.findAll(AuditSpecifications.matching(filter), ordered).map(AuditEvent::toEntry);
        return new PageImpl<>(named(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /**
     * The lines the filter finds, in the page's order (newest first unless sorted otherwise), as CSV
     * for a spreadsheet: up to {@value #MAX_EXPORT}.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Sort sort, Writer out) {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, "When (UTC)", "Who", "User name", "What", "Which", "Id", "Action",
                "Summary", "Changes")) {
            for (int page = 0; page * EXPORT_PAGE < MAX_EXPORT; page++) {
                List<AuditEntry> lines = search(filter, PageRequest.of(page, EXPORT_PAGE, sort)).getContent();
                lines.forEach(line -> csv.row(line.occurredAt().atOffset(ZoneOffset.UTC).toLocalDateTime(), line.actorName(), line.actor(),
                        line.entityType(), line.entityName(), line.entityId(), line.action(), line.summary(), line.changes()));
                if (lines.size() < EXPORT_PAGE) {
                    return;
                }
            }
        }
    }

    /** The lines with today's names of who acted and what they acted on. */
    private List<AuditEntry> named(List<AuditEntry> lines) {
        Map<String, Map<String, String>> byType = new HashMap<>();
        Map<String, String> people = new HashMap<>();
        names.orderedStream().forEach(source -> {
            Set<String> ids = lines.stream().filter(line -> line.entityType().equals(source.entityType()))
                    .map(AuditEntry::entityId).collect(Collectors.toCollection(HashSet::new));
            if (source.namesActors()) {
                lines.forEach(line -> ids.add(line.actor()));
            }
            Map<String, String> named = source.names(ids);
            byType.computeIfAbsent(source.entityType(), type -> new HashMap<>()).putAll(named);
            if (source.namesActors()) {
                people.putAll(named);
            }
        });
        return lines.stream().map(line -> line.named(people.getOrDefault(line.actor(), line.actor()),
                byType.getOrDefault(line.entityType(), Map.of()).getOrDefault(line.entityId(), line.entityId()))).toList();
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
