package io.hirestage.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestSubscriptionRepository extends JpaRepository<DigestSubscription, Long> {
}
