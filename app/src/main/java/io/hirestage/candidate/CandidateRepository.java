package io.hirestage.candidate;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    boolean existsByEmail(String email);

    @Query("select c from Candidate c where c.nameKey = :nameKey or (:phoneDigits is not null and c.phoneDigits = :phoneDigits)")
    List<Candidate> findLookalikes(@Param("nameKey") String nameKey, @Param("phoneDigits") String phoneDigits);

    @Query("""
            select c from Candidate c
            where (:text is null or lower(c.fullName) like :text or c.email like :text)
              and (:channel is null or c.channel = :channel)
              and (:tag is null or concat(',', c.tags, ',') like :tag)
            """)
    Page<Candidate> search(@Param("text") String lowerCasePattern, @Param("channel") SourcingChannel channel,
                           @Param("tag") String tagPattern, Pageable pageable);
}
