package io.hirestage.plugin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VendorInvitationRepository extends JpaRepository<VendorInvitation, Long> {

    Optional<VendorInvitation> findByRequestKey(String requestKey);

    List<VendorInvitation> findByRequestKeyIn(Collection<String> requestKeys);

    Optional<VendorInvitation> findByProviderIdAndVendorId(String providerId, String vendorId);

    List<VendorInvitation> findByNextCheckAtLessThanEqualOrderByNextCheckAt(Instant now, Limit limit);

    List<VendorInvitation> findTop20ByProviderIdOrderByIdDesc(String providerId);

    List<VendorInvitation> findByProviderIdAndStatus(String providerId, VendorInvitationStatus status, Pageable pageable);
}
