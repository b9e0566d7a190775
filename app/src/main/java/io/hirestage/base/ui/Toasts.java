package io.hirestage.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The portal's short messages: what was done, or what was refused and why. */
public final class Toasts {

    private Toasts() {
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Stays until closed or replaced: a refusal is read, not glimpsed. */
    public static void refused(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
