package io.hirestage.notification;

import io.hirestage.base.PortalAddress;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.hirestage.mail.MailOutcome;
import io.hirestage.mail.Mailer;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The optional daily email of a person's unread inbox, for those who ask for it: what arrived since
 * the last one and is still unread, each with its link. Nothing is sent on a day with nothing new;
 * an email the server refused is tried again the next day with what it held.
 */
@Service
public class InboxDigest {

    static final String TASK = "inbox-digest";

    /** Notifications an email lists; it counts the rest and links to the inbox. */
    static final int LISTED = 20;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final DigestSubscriptionRepository subscriptions;
    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalAddress portal;

    InboxDigest(DigestSubscriptionRepository subscriptions, NotificationRepository notifications, UserDirectory users, Mailer mailer,
                TransactionTemplate transaction, Clock clock, PortalAddress portal) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.users = users;
        this.mailer = mailer;
        this.transaction = transaction;
        this.clock = clock;
        this.portal = portal;
    }

    /** Whether the portal can send the digest at all (a mail server is configured). */
    public boolean available() {
        return mailer.configured();
    }

    /** Whether the logged-in person asked for the daily email. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean wanted() {
        return subscriptions.existsById(users.currentUserId());
    }

    /** Starts or stops the logged-in person's daily email; it tells of what arrives from now on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void want(boolean wanted) {
        Long me = users.currentUserId();
        if (!wanted) {
            subscriptions.deleteById(me);
        } else if (!subscriptions.existsById(me)) {
            subscriptions.save(new DigestSubscription(me, clock.instant()));
        }
    }

    /** Sends each subscriber's digest now; run by the schedule, or by a test. Returns how many were sent. */
    public int sendDigests() {
        if (!mailer.configured()) {
            return 0;
        }
        int sent = 0;
        for (Long subscriber : transaction.execute(status -> subscriptions.findAll().stream().map(DigestSubscription::getUserId).toList())) {
            Instant now = clock.instant();
            Optional<Digest> digest = transaction.execute(status -> compose(subscriber));
            // Sent outside any transaction: a slow mail server holds no database connection.
            if (digest.isPresent() && mailer.send(digest.get().to(), digest.get().subject(), digest.get().text()) instanceof MailOutcome.Sent) {
                transaction.executeWithoutResult(status -> subscriptions.findById(subscriber).ifPresent(found -> found.toldUpTo(now)));
                sent++;
            }
        }
        return sent;
    }

    private Optional<Digest> compose(Long subscriber) {
        Optional<DigestSubscription> subscription = subscriptions.findById(subscriber);
        Optional<User> user = RunAsSystem.call(TASK, () -> Optional.ofNullable(users.byIds(List.of(subscriber)).get(subscriber)))
                .filter(User::enabled);
        if (subscription.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        Instant since = subscription.get().getToldUpTo();
        long unread = notifications.countByRecipientIdAndReadAtIsNullAndCreatedAtAfter(subscriber, since);
        if (unread == 0) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Hello ").append(user.get().fullName()).append(",\n\n")
                .append(unread == 1 ? "One notification" : unread + " notifications")
                .append(" arrived in your Hirestage inbox since ").append(WHEN.format(since)).append(" and ")
                .append(unread == 1 ? "is" : "are").append(" still unread:\n");
        for (Notification notification : notifications.findByRecipientIdAndReadAtIsNullAndCreatedAtAfterOrderByCreatedAtDescIdDesc(subscriber,
                since, PageRequest.of(0, LISTED))) {
            NotificationView line = notification.toView();
            text.append("\n").append(line.kind().displayName()).append(" · ").append(WHEN.format(line.at())).append("\n  ")
                    .append(line.message()).append("\n  ").append(portal.link(line.link())).append("\n");
        }
        if (unread > LISTED) {
            text.append("\n…and ").append(unread - LISTED).append(" more.\n");
        }
        text.append("\nYour inbox: ").append(portal.link("inbox")).append("\n\n")
                .append("You get this email because you asked for it on your Inbox page; untick \"Daily email\" there to stop it.\n");
        String subject = "Hirestage: " + (unread == 1 ? "1 unread notification" : unread + " unread notifications");
        return Optional.of(new Digest(user.get().email(), subject, text.toString()));
    }

    private record Digest(String to, String subject, String text) {
    }

    /** Runs {@link #sendDigests} on a schedule, on one node of several (db-scheduler). */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        /**
         * @param schedule db-scheduler's notation: {@code DAILY|07:00} (the default, in the server's time zone), or {@code -} for never
         */
        @Bean
        RecurringTask<Void> inboxDigestTask(InboxDigest digest, @Value("${hirestage.inbox-digest.schedule:DAILY|07:00}") String schedule) {
            return Tasks.recurring(TASK, Schedules.parseSchedule(schedule)).execute((instance, context) -> digest.sendDigests());
        }
    }
}
