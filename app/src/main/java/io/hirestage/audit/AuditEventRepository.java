package io.hirestage.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: the trail has no update or delete (but for an erasure, see {@link AuditLog#redact}). */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    Page<AuditEvent> findAll(Specification<AuditEvent> filter, Pageable pageable);

    @Query("select distinct e.entityType from AuditEvent e order by e.entityType")
    List<String> findEntityTypes();

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findActions();
}
