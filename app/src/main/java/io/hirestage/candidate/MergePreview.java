package io.hirestage.candidate;

import java.util.List;

/**
 * What merging a duplicate into a candidate would do, shown before the recruiter confirms it.
 *
 * @param kept      the record that stays, as it is now
 * @param duplicate the record folded in and removed
 * @param after     the record that stays, as it will be
 * @param moves     what else comes over, in sentences ("Their application for Backend Lead (Resume screening) moves here")
 */
public record MergePreview(CandidateSummary kept, CandidateSummary duplicate, CandidateSummary after, List<String> moves) {

    public MergePreview {
        moves = List.copyOf(moves);
    }
}
