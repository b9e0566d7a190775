package io.hirestage.candidate;

import java.util.List;

/**
 * Says, before a merge, what a feature's part of it will do: the sentences the preview lists. A
 * feature that moves something in {@link CandidatesMerging} provides it as a bean, written beside
 * that listener so the two tell the same story.
 */
public interface MergeEffects {

    List<String> of(long keptId, long duplicateId);
}
