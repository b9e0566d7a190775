package io.hirestage.candidate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    /** Candidates whose other addresses hold the text (wildcards in it are plain characters); compare exactly after. */
    List<Candidate> findByOtherEmailsContaining(String email);

    @Query("select c from Candidate c where c.nameKey = :nameKey or (:phoneDigits is not null and c.phoneDigits = :phoneDigits)")
    List<Candidate> findLookalikes(@Param("nameKey") String nameKey, @Param("phoneDigits") String phoneDigits);
}
