package io.hirestage.candidate;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResumeRepository extends JpaRepository<Resume, Long> {

    Optional<Resume> findByCandidateId(Long candidateId);
}
