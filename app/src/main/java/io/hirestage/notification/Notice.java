package io.hirestage.notification;

/**
 * What a feature wants people to know.
 *
 * @param link        a path inside the portal that opens the place: "openings/3/board?application=12"
 * @param candidateId the candidate it is about, or {@code null}
 * @param onceKey     for a notice that must reach each person once only, a key naming the occasion; otherwise {@code null}
 */
public record Notice(NotificationKind kind, String message, String link, Long candidateId, String onceKey) {

    public Notice(NotificationKind kind, String message, String link, Long candidateId) {
        this(kind, message, link, candidateId, null);
    }
}
