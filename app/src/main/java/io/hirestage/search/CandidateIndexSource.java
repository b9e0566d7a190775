package io.hirestage.search;

import java.util.List;
import java.util.Map;

/**
 * The feature that owns candidates: says which exist and who they are. Exactly one bean implements
 * it (the candidate feature).
 */
public interface CandidateIndexSource {

    /** How many candidates exist. */
    long count();

    /** Ids of existing candidates above this one, ascending, at most {@code limit}: the index's rebuild walks them. */
    List<Long> idsAfter(long afterId, int limit);

    /** Describes the person of each document whose candidate exists (and leaves the others undescribed). */
    void describe(Map<Long, CandidateDocument> documents);
}
