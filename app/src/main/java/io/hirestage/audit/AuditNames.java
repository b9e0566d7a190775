package io.hirestage.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the things one kind of audit line is about, so the trail reads "Ada Lovelace" instead of
 * "Candidate 4711". The feature that owns the kind provides it as a bean; the trail depends on no
 * feature. Names are today's: a thing removed since keeps its id. {@link SqlAuditNames} makes one
 * from a query.
 */
public interface AuditNames {

    /** The kind it names, as recorded ("Candidate"). */
    String entityType();

    /** The names of the ids it knows; unknown ids are left out. */
    Map<String, String> names(Collection<String> ids);

    /** Whether the ids are user names, so the same names serve for who acted. */
    default boolean namesActors() {
        return false;
    }
}
