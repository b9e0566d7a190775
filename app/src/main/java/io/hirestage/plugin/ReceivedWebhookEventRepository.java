package io.hirestage.plugin;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedWebhookEventRepository extends JpaRepository<ReceivedWebhookEvent, Long> {

    boolean existsByProviderIdAndEventId(String providerId, String eventId);

    List<ReceivedWebhookEvent> findByProcessedAtIsNullOrderById(Limit limit);
}
