package io.hirestage.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByCandidateIdOrderByGivenAtDescIdDesc(Long candidateId);

    List<Consent> findByWithdrawnAtIsNullAndLapsedAtIsNullAndExpiresAtLessThanEqual(Instant now);

    void deleteByCandidateId(Long candidateId);
}
