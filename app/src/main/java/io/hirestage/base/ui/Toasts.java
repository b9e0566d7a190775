package io.hirestage.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The portal's short messages: what was done, or what was refused and why. */
public final class Toasts {

    private Toasts() {
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Stays until closed or replaced by the next refusal: a refusal is read, not glimpsed. It sits at the
     * top, clear of a dialog's fields and buttons, and has a button to close it.
     */
    public static void refused(String message) {
        UI ui = UI.getCurrent();
        Refusal before = ComponentUtil.getData(ui, Refusal.class);
        if (before != null) {
            before.notification().close();
        }
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        Div text = new Div(message);
        text.addClassName("refusal-text");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.setAriaLabel("Close this message");
        HorizontalLayout content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.START);
        notification.add(content);
        ComponentUtil.setData(ui, Refusal.class, new Refusal(notification));
        notification.open();
    }

    /** The refusal on screen in a browser tab, closed when the next one comes. */
    private record Refusal(Notification notification) {
    }
}
