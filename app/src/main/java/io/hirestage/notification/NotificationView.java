package io.hirestage.notification;

import java.time.Instant;

/**
 * One line of a person's inbox.
 *
 * @param link where it leads, a path inside the portal ("openings/3/board?application=12")
 */
public record NotificationView(Long id, NotificationKind kind, String message, String link, Instant at, boolean read) {
}
