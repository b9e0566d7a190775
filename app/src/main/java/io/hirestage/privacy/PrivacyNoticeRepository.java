package io.hirestage.privacy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrivacyNoticeRepository extends JpaRepository<PrivacyNotice, Long> {

    Optional<PrivacyNotice> findFirstByCountryOrderByVersionDesc(String country);

    List<PrivacyNotice> findAllByOrderByCountryAscVersionDesc();
}
