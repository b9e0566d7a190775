package io.hirestage.privacy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionPolicyRepository extends JpaRepository<RetentionPolicy, Long> {

    Optional<RetentionPolicy> findByCountry(String country);

    List<RetentionPolicy> findAllByOrderByCountry();
}
