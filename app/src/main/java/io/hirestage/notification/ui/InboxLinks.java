package io.hirestage.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Follows a notification's link ("openings/3/board?application=12") inside the portal. */
final class InboxLinks {

    private InboxLinks() {
    }

    static void follow(UI ui, String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            ui.navigate(link);
        } else {
            ui.navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }
}
