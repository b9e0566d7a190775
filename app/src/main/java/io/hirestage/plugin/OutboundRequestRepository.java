package io.hirestage.plugin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundRequestRepository extends JpaRepository<OutboundRequest, Long> {

    Optional<OutboundRequest> findByIdempotencyKey(String idempotencyKey);

    List<OutboundRequest> findByIdempotencyKeyIn(Collection<String> idempotencyKeys);

    List<OutboundRequest> findByIdempotencyKeyStartingWithOrderById(String prefix);

    List<OutboundRequest> findByStatusAndIdGreaterThanOrderById(OutboundRequestStatus status, long afterId, Limit limit);

    List<OutboundRequest> findByProviderIdAndStatus(String providerId, OutboundRequestStatus status, Pageable pageable);
}
