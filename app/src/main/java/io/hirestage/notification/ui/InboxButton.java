package io.hirestage.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.hirestage.notification.InboxFeed;
import io.hirestage.notification.Notifications;

/**
 * The bell in the header with the number of unread notifications; it opens the inbox. The number
 * follows new notifications while the page is open (they are pushed, not polled) and is read again
 * on every navigation.
 */
public class InboxButton extends Button implements AfterNavigationObserver {

    private final Notifications notifications;
    private final InboxFeed feed;
    private final Long me;
    private final Span count = new Span();
    private Runnable unsubscribe = () -> {
    };

    /** @param me the logged-in user's id */
    public InboxButton(Notifications notifications, InboxFeed feed, Long me) {
        this.notifications = notifications;
        this.feed = feed;
        this.me = me;
        setId("inbox-button");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.getElement().getThemeList().add("badge error primary small pill");
        count.setId("inbox-count");
        count.getStyle().set("margin-inline-start", "-0.5rem");
        setSuffixComponent(count);
        addClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        update();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = feed.subscribe(change -> {
            if (change.userIds().contains(me)) {
                ui.access(this::update);
            }
        });
    }

    /** Opening a notification, or reading the inbox, changes the count as the person moves on. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        update();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }

    private void update() {
        long unread = notifications.unread();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? "Inbox, nothing new" : "Inbox, " + unread + " unread";
        setAriaLabel(label);
        setTooltipText(label);
    }
}
