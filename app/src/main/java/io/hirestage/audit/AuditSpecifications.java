package io.hirestage.audit;

import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns an {@link AuditFilter} into a query; only the fields that are set add a condition. */
final class AuditSpecifications {

    private AuditSpecifications() {
    }

    static Specification<AuditEvent> matching(AuditFilter filter) {
        Specification<AuditEvent> spec = Specification.unrestricted();
        if (hasText(filter.actor())) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("actor"), filter.actor()));
        }
        if (hasText(filter.entityType())) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("entityType"), filter.entityType()));
        }
        if (hasText(filter.action())) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), filter.action()));
        }
        if (hasText(filter.text())) {
            String pattern = "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("entityId")), pattern),
                    cb.like(cb.lower(root.get("summary")), pattern)));
        }
        if (filter.from() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), filter.to()));
        }
        return spec;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
