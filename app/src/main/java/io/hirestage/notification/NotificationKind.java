package io.hirestage.notification;

/** Why a notification was sent, as the inbox names it. Later features add their kinds here. */
public enum NotificationKind {
    ASSIGNED("Assigned to you"),
    MENTIONED("Mentioned you"),
    VENDOR_RESULT("Vendor result"),
    WAITING_TOO_LONG("Waiting too long");

    private final String displayName;

    NotificationKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
