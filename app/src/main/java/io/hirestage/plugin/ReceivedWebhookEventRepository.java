package io.hirestage.plugin;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedWebhookEventRepository extends JpaRepository<ReceivedWebhookEvent, Long> {

    boolean existsByProviderIdAndEventId(String providerId, String eventId);

    List<ReceivedWebhookEvent> findByProcessedAtIsNullOrderById(Limit limit);

    @Modifying
    @Query("delete from ReceivedWebhookEvent e where e.processedAt is not null and e.receivedAt < :before")
    int deleteProcessedReceivedBefore(Instant before);
}
