package io.hirestage.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.notification.InboxDigest;
import io.hirestage.notification.InboxFeed;
import io.hirestage.notification.NotificationView;
import io.hirestage.notification.Notifications;
import io.hirestage.security.UserDirectory;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** What the logged-in person was told, newest first; opening one marks it read and goes to the place. */
@Route("inbox")
@PageTitle("Inbox · Hirestage")
@Menu(order = 1, title = "Inbox", icon = "vaadin:bell")
@PermitAll
public class InboxView extends VerticalLayout {

    private final Notifications notifications;
    private final InboxFeed feed;
    private final Long me;
    private final Div list = new Div();
    private Runnable unsubscribe = () -> {
    };

    public InboxView(Notifications notifications, InboxFeed feed, UserDirectory users, InboxDigest digest) {
        this.notifications = notifications;
        this.feed = feed;
        this.me = users.currentUserId();
        Button markAllRead = new Button("Mark all as read", click -> {
            notifications.markAllRead();
            show();
        });
        markAllRead.setId("mark-all-read");
        HorizontalLayout heading = new HorizontalLayout(new H2("Inbox"), markAllRead, dailyEmail(digest));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        list.setId("inbox");
        list.addClassName("inbox");
        list.setWidthFull();
        add(heading, list);
        show();
    }

    /** The daily email of what is unread; offered, but not to be ticked, when the portal sends no email. */
    private static Checkbox dailyEmail(InboxDigest digest) {
        Checkbox daily = new Checkbox("Daily email");
        daily.setId("daily-email");
        if (digest.available()) {
            daily.setValue(digest.wanted());
            daily.setTooltipText("Each morning, an email of what arrived here and is still unread");
            daily.addValueChangeListener(change -> {
                digest.want(change.getValue());
                Toasts.done(change.getValue() ? "You will get a daily email of what is unread here" : "No more daily email");
            });
        } else {
            daily.setEnabled(false);
            daily.setTooltipText("The portal sends no email: an admin has not configured a mail server");
            daily.setHelperText("Needs a mail server; none is configured");
        }
        return daily;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = feed.subscribe(change -> {
            if (change.userIds().contains(me)) {
                ui.access(this::show);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }

    private void show() {
        list.removeAll();
        List<NotificationView> inbox = notifications.inbox();
        if (inbox.isEmpty()) {
            list.add(new Paragraph("Nothing yet. You are told here when you are assigned a candidate, mentioned in a note, a vendor's "
                    + "result arrives for your candidate, or a candidate waits in a stage longer than the pipeline allows."));
        }
        inbox.forEach(notification -> list.add(item(notification)));
    }

    /** One notification: a link-like block that a click or Enter opens. */
    private Div item(NotificationView notification) {
        Span kind = new Span(notification.kind().displayName());
        kind.getElement().getThemeList().add(notification.read() ? "badge contrast" : "badge");
        Span when = new Span(UserTime.dateTime(notification.at()));
        when.addClassName("inbox-when");
        Div item = new Div(kind, when, new Div(notification.message()));
        item.addClassName("inbox-item");
        item.getElement().getClassList().set("unread", !notification.read());
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("data-kind", notification.kind().name());
        item.addClickListener(click -> open(notification));
        item.getElement().addEventListener("keydown", event -> open(notification)).setFilter("event.key === 'Enter'");
        return item;
    }

    private void open(NotificationView notification) {
        notifications.open(notification.id()).ifPresentOrElse(link -> getUI().ifPresent(ui -> InboxLinks.follow(ui, link)),
                () -> Toasts.refused("This notification is no longer there"));
    }
}
