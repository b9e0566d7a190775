package io.hirestage.candidate;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CandidateAccessRepository extends JpaRepository<CandidateAccess, Long> {

    List<CandidateAccess> findByCandidateIdOrderByAtDescIdDesc(long candidateId, Limit limit);

    long countByCandidateId(long candidateId);

    @Modifying
    @Query("update CandidateAccess a set a.candidateId = :kept where a.candidateId = :duplicate")
    void moveToCandidate(long duplicate, long kept);
}
