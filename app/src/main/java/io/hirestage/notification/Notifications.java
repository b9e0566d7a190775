package io.hirestage.notification;

import io.hirestage.security.UserDirectory;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's inbox. Features {@link #send} in the transaction of what they report, so a change
 * that rolls back sends nothing; people read their own inbox only.
 */
@Service
public class Notifications {

    /** How many an inbox shows: older ones stay stored until their candidate is erased. */
    static final int INBOX_SIZE = 100;

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, UserDirectory users, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells these people. The person whose action it reports is left out: nobody needs to be told what
     * they just did. A notice with a once-key reaches each person once only. The caller has checked
     * that the recipients may open the notice's link.
     */
    @Transactional
    public void send(Collection<Long> recipientIds, Notice notice) {
        Long me = users.currentUserIdIfAny().orElse(null);
        Set<Long> told = new HashSet<>();
        for (Long recipient : Set.copyOf(recipientIds)) {
            if (recipient.equals(me) || (notice.onceKey() != null && notifications.existsByRecipientIdAndOnceKey(recipient, notice.onceKey()))) {
                continue;
            }
            notifications.save(new Notification(recipient, notice, clock.instant()));
            told.add(recipient);
        }
        if (!told.isEmpty()) {
            events.publishEvent(new InboxChanged(told));
        }
    }

    /** The logged-in person's latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> inbox() {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(users.currentUserId(), PageRequest.of(0, INBOX_SIZE)).stream()
                .map(Notification::toView).toList();
    }

    /** How many the logged-in person has not read, for the count in the header. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unread() {
        return notifications.countByRecipientIdAndReadAtIsNull(users.currentUserId());
    }

    /** Marks one of the logged-in person's notifications read and gives where it leads; another person's stays untouched. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> open(long notificationId) {
        Long me = users.currentUserId();
        return notifications.findById(notificationId).filter(notification -> notification.getRecipientId().equals(me)).map(notification -> {
            notification.read(clock.instant());
            events.publishEvent(new InboxChanged(Set.of(me)));
            return notification.toView().link();
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        Long me = users.currentUserId();
        notifications.findByRecipientIdAndReadAtIsNull(me).forEach(notification -> notification.read(clock.instant()));
        events.publishEvent(new InboxChanged(Set.of(me)));
    }

    /** Forgets every notification about the candidate: they name them. Part of erasing the candidate. */
    @Transactional
    public void eraseAbout(long candidateId) {
        notifications.deleteAboutCandidate(candidateId);
    }
}
