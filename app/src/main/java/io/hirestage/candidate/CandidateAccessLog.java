package io.hirestage.candidate;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at a candidate's data: opening the profile and downloading the resume are recorded
 * where the data is read ({@link Resumes}), whichever screen asked, and admins read the list on the
 * profile. A candidate asking who saw their data (GDPR Art. 15) gets an answer.
 */
@Service
public class CandidateAccessLog {

    /** The most entries the profile lists; the count says how many there are in all. */
    public static final int SHOWN = 50;

    private final CandidateAccessRepository accesses;
    private final Clock clock;

    CandidateAccessLog(CandidateAccessRepository accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    /** Recorded in its own transaction: the reads that trigger it are read-only. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(long candidateId, CandidateAccessKind kind) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        accesses.save(new CandidateAccess(candidateId, actor, kind, clock.instant()));
    }

    /** The latest looks, newest first, at most {@link #SHOWN}. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<CandidateAccessView> latest(long candidateId) {
        return accesses.findByCandidateIdOrderByAtDescIdDesc(candidateId, Limit.of(SHOWN)).stream().map(CandidateAccess::toView).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(long candidateId) {
        return accesses.countByCandidateId(candidateId);
    }
}
