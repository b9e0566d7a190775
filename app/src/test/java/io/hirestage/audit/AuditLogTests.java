package io.hirestage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditLogTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void recordsWhoDidWhatNewestFirstAndFiltersByEachField() {
        String opening = "opening-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        transaction.executeWithoutResult(status -> {
            auditLog.record("Opening", opening, "created", "Opened Backend Lead Developer");
            auditLog.record("Opening", opening, "status changed", "Draft to open");
        });

        Page<AuditEntry> both = auditLog.search(new AuditFilter(null, "Opening", null, opening, before, null), PageRequest.of(0, 10));
        assertThat(both.getContent()).extracting(AuditEntry::action).containsExactly("status changed", "created");
        assertThat(both.getContent()).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("admin"));

        assertThat(auditLog.search(new AuditFilter("admin", null, "created", opening, null, null), PageRequest.of(0, 10)))
                .extracting(AuditEntry::summary).containsExactly("Opened Backend Lead Developer");
        assertThat(auditLog.search(new AuditFilter("someone-else", null, null, opening, null, null), PageRequest.of(0, 10))).isEmpty();
        assertThat(auditLog.search(new AuditFilter(null, null, null, opening, null, before), PageRequest.of(0, 10))).isEmpty();
        assertThat(auditLog.entityTypes()).contains("Opening");
        assertThat(auditLog.actions()).contains("status changed");
    }

    @Test
    void findsTextInTheSummaryInAnyCase() {
        String marker = "Marker" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> auditLog.record("Opening", "x", "updated", "Renamed to " + marker));

        assertThat(auditLog.search(new AuditFilter(null, null, null, marker.toLowerCase(), null, null), PageRequest.of(0, 10)))
                .hasSize(1);
    }

    @Test
    void aLineIsOnlyWrittenTogetherWithTheChangeItDescribes() {
        assertThatThrownBy(() -> auditLog.record("Opening", "x", "created", "outside a transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void onlyAdminsReadTheTrail() {
        assertThatThrownBy(() -> auditLog.search(AuditFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
