package io.hirestage.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import java.util.stream.Collectors;

/** What a notification says, whether it is a plain message or a refusal with its close button. */
public final class ToastText {

    private ToastText() {
    }

    public static String of(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null ? text : notification.getChildren().map(ToastText::textOf).collect(Collectors.joining()).strip();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
