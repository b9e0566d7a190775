package io.hirestage.jobrole;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JobRoleRepository extends JpaRepository<JobRole, Long> {

    Optional<JobRole> findByName(String name);

    List<JobRole> findAllByOrderByName();

    /**
     * Loads a role for a template change: locks its row, so template edits take turns, and raises its
     * version at once (only its stages change, which would not raise it), so the returned role
     * carries the version the change will have.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select r from JobRole r where r.id = :id")
    Optional<JobRole> findForUpdate(@Param("id") Long id);
}
