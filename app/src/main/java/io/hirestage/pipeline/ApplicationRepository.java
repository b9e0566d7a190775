package io.hirestage.pipeline;

import jakarta.persistence.LockModeType;
import io.hirestage.jobrole.Stage;
import io.hirestage.jobrole.ApplicationStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    /** Locks the row, so that of two people moving one candidate at once the second sees the first's move. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> findForUpdate(@Param("id") Long id);

    Optional<Application> findByCandidateIdAndOpeningId(Long candidateId, Long openingId);

    List<Application> findByCandidateIdOrderByCreatedAt(Long candidateId);

    /** The candidates in the running who entered the stage before the cutoff. */
    List<Application> findByOpeningIdAndStageAndStatusAndStageEnteredAtBefore(Long openingId, Stage stage, ApplicationStatus status,
                                                                              Instant cutoff);

    long countByOpeningId(Long openingId);
}
