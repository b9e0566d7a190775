package io.hirestage.candidate;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person. Every feature that keeps something of the duplicate moves it
 * to the kept candidate first ({@link CandidatesMerging}: the pipeline moves applications with their
 * whole history), then the duplicate's details fill the kept record's gaps and the duplicate is
 * removed. Nothing that happened is lost; it all happens in one transaction.
 */
@Service
public class CandidateMerge {

    private final Candidates candidates;
    private final CandidateAccessRepository accesses;
    private final ApplicationEventPublisher events;
    private final List<MergeEffects> effects;

    CandidateMerge(Candidates candidates, CandidateAccessRepository accesses, ApplicationEventPublisher events, List<MergeEffects> effects) {
        this.candidates = candidates;
        this.accesses = accesses;
        this.events = events;
        this.effects = effects;
    }

    /**
     * What {@link #merge} would do with these two records, for the recruiter to read before confirming:
     * the kept record before and after, and what comes over from the duplicate.
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public MergePreview preview(long keptId, long duplicateId) {
        requireTwo(keptId, duplicateId);
        List<String> moves = effects.stream().flatMap(effect -> effect.of(keptId, duplicateId).stream()).toList();
        return candidates.previewAbsorbing(keptId, duplicateId, moves);
    }

    /**
     * @param keptId      the record that stays (its email address is the one kept)
     * @param duplicateId the record folded into it and removed
     * @throws CandidateRejectedException when the two are one record or one no longer exists
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public CandidateSummary merge(long keptId, long duplicateId) {
        CandidateSummary duplicate = requireTwo(keptId, duplicateId).get(duplicateId);
        events.publishEvent(new CandidatesMerging(keptId, duplicateId, duplicate.fullName() + " (" + duplicate.email() + ")"));
        // Who looked at the duplicate looked at this person.
        accesses.moveToCandidate(duplicateId, keptId);
        return candidates.absorb(keptId, duplicateId);
    }

    private Map<Long, CandidateSummary> requireTwo(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw new CandidateRejectedException("Choose two different candidates to merge");
        }
        Map<Long, CandidateSummary> both = candidates.summaries(List.of(keptId, duplicateId));
        if (both.size() != 2) {
            throw new CandidateRejectedException("One of the two candidates no longer exists");
        }
        return both;
    }
}
