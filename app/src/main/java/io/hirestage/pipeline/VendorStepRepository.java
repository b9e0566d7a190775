package io.hirestage.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorStepRepository extends JpaRepository<VendorStep, Long> {

    Optional<VendorStep> findByRequestKey(String requestKey);

    List<VendorStep> findByApplicationIdInOrderBySentAtDescIdDesc(Collection<Long> applicationIds);

    long countByApplicationIdAndStage(Long applicationId, io.hirestage.jobrole.Stage stage);
}
