package io.hirestage.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable page);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    boolean existsByRecipientIdAndOnceKey(Long recipientId, String onceKey);

    List<Notification> findByRecipientIdAndReadAtIsNull(Long recipientId);

    List<Notification> findByRecipientIdAndReadAtIsNullAndCreatedAtAfterOrderByCreatedAtDescIdDesc(Long recipientId, Instant after,
                                                                                                     Pageable page);

    long countByRecipientIdAndReadAtIsNullAndCreatedAtAfter(Long recipientId, Instant after);

    @Modifying
    @Query("delete from Notification n where n.candidateId = :candidateId")
    int deleteAboutCandidate(@Param("candidateId") Long candidateId);
}
