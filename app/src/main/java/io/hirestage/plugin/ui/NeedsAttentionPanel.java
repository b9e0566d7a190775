package io.hirestage.plugin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.plugin.ParkedInvitation;
import io.hirestage.plugin.ParkedWork;
import io.hirestage.plugin.RetryRejectedException;
import io.hirestage.plugin.VendorResultFeed;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A provider's work that the portal gave up on after its retries, with why: failed requests with
 * "Retry", invitations no longer followed with "Check again". After a click both lists are read again,
 * so what was started leaves them, and what someone else started meanwhile is refused with a message.
 */
class NeedsAttentionPanel extends VerticalLayout {

    static final String ACTION_COLUMN = "action";

    private final String providerId;
    private final ParkedWork parked;
    private final VendorResultFeed feed;
    private final Grid<OutboundRequestView> requests = new Grid<>(OutboundRequestView.class, false);
    private final Grid<ParkedInvitation> invitations = new Grid<>(ParkedInvitation.class, false);
    private Runnable unsubscribe = () -> { };

    NeedsAttentionPanel(String providerId, ParkedWork parked, VendorResultFeed feed) {
        this.providerId = providerId;
        this.parked = parked;
        this.feed = feed;
        setPadding(false);

        requests.setId("failed-requests");
        requests.addColumn(request -> when(request.completedAt())).setHeader("Failed").setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(request -> request.operation().displayName()).setHeader("Request").setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(OutboundRequestView::idempotencyKey).setHeader("For").setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(OutboundRequestView::attempts).setHeader("Calls made").setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(request -> request.lastError() == null ? "" : request.lastError()).setHeader("Reason").setFlexGrow(1);
        requests.addComponentColumn(request -> action("Retry", () -> retry(request))).setKey(ACTION_COLUMN).setAutoWidth(true)
                .setFlexGrow(0);
        requests.setEmptyStateText("Nothing waiting: no request to this provider has failed.");
        lazy(requests);
        requests.setItemsPageable(page -> parked.failedRequests(providerId, page));

        invitations.setId("parked-invitations");
        invitations.addColumn(invitation -> when(invitation.parkedAt())).setHeader("Stopped").setAutoWidth(true).setFlexGrow(0);
        invitations.addColumn(invitation -> invitation.operation().displayName()).setHeader("Invitation").setAutoWidth(true)
                .setFlexGrow(0);
        invitations.addColumn(ParkedInvitation::requestKey).setHeader("For").setAutoWidth(true).setFlexGrow(0);
        invitations.addColumn(ParkedInvitation::vendorId).setHeader("Vendor id").setAutoWidth(true).setFlexGrow(0);
        invitations.addColumn(invitation -> invitation.failedChecks() == 0 ? "none" : invitation.failedChecks() + " in a row")
                .setHeader("Failed checks").setAutoWidth(true).setFlexGrow(0);
        invitations.addColumn(invitation -> invitation.problem() == null ? "" : invitation.problem()).setHeader("Reason").setFlexGrow(1);
        invitations.addComponentColumn(invitation -> action("Check again", () -> checkAgain(invitation))).setKey(ACTION_COLUMN)
                .setAutoWidth(true).setFlexGrow(0);
        invitations.setEmptyStateText("Nothing waiting: every invitation at this provider is followed or has its result.");
        lazy(invitations);
        invitations.setItemsPageable(page -> parked.parkedInvitations(providerId, page));

        add(new Paragraph("What the portal gave up on after its retries, with the reason. Fix the cause first (the settings "
                + "above, or wait out the vendor's outage), then start it again: it is retried as it was the first time."),
                new H4("Requests that failed"), requests, new H4("Invitations no longer followed"), invitations);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // An invitation parked (or followed again) while the page is open shows without a reload.
        unsubscribe = feed.subscribe(change -> {
            if (change.providerId().equals(providerId)) {
                ui.access(() -> invitations.getDataProvider().refreshAll());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        super.onDetach(detachEvent);
    }

    private void retry(OutboundRequestView request) {
        act(() -> {
            OutboundRequestView retried = parked.retry(request.idempotencyKey());
            return "Sent again: " + retried.operation().displayName() + " " + retried.idempotencyKey()
                    + " is queued; its calls show under Recent calls";
        });
    }

    private void checkAgain(ParkedInvitation invitation) {
        act(() -> {
            parked.checkAgain(invitation.requestKey());
            return "Checking again: " + invitation.operation().displayName() + " " + invitation.requestKey()
                    + "; its result shows under Invitations when it arrives";
        });
    }

    /**
     * Starts the work and says so; a refusal (started by someone else, or done meanwhile) is said
     * instead. Either way both lists are read again; anything unexpected goes on to the error handler.
     */
    private void act(Supplier<String> work) {
        try {
            Toasts.done(work.get());
        } catch (RetryRejectedException e) {
            Toasts.refused(e.getMessage());
        } finally {
            requests.getDataProvider().refreshAll();
            invitations.getDataProvider().refreshAll();
        }
    }

    private static Button action(String label, Runnable click) {
        Button button = new Button(label, event -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** A fixed height: a lazy grid that showed all its rows would read them all. */
    private static void lazy(Grid<?> grid) {
        grid.setHeight("14rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    }

    private static String when(Instant at) {
        return at == null ? "" : UserTime.dateTime(at);
    }
}
