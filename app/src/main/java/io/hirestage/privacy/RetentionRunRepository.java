package io.hirestage.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    List<RetentionRun> findTop20ByOrderByStartedAtDescIdDesc();
}
