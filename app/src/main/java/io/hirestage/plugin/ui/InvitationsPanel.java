package io.hirestage.plugin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.hirestage.base.ui.UserTime;
import io.hirestage.plugin.VendorInvitationView;
import io.hirestage.plugin.VendorResultFeed;
import java.util.ArrayList;
import java.util.List;

/** A provider's latest invitations; a change pushed by the {@link VendorResultFeed} shows at once. */
class InvitationsPanel extends Grid<VendorInvitationView> {


    private final String providerId;
    private final VendorResultFeed feed;
    private final List<VendorInvitationView> shown;
    private Runnable unsubscribe = () -> { };

    InvitationsPanel(String providerId, List<VendorInvitationView> latest, VendorResultFeed feed) {
        super(VendorInvitationView.class, false);
        this.providerId = providerId;
        this.feed = feed;
        this.shown = new ArrayList<>(latest);
        setId("invitations");
        addColumn(VendorInvitationView::vendorId).setHeader("Vendor id").setAutoWidth(true);
        addColumn(invitation -> invitation.status().name().replace('_', ' ').toLowerCase()).setHeader("Status").setAutoWidth(true);
        addColumn(invitation -> invitation.lastCheckedAt() == null ? "not yet"
                : UserTime.dateTime(invitation.lastCheckedAt())).setHeader("Last checked").setAutoWidth(true);
        addColumn(invitation -> invitation.problem() == null ? "" : invitation.problem()).setHeader("Problem").setFlexGrow(1);
        setAllRowsVisible(true);
        setItems(shown);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        unsubscribe = feed.subscribe(change -> {
            if (change.providerId().equals(providerId)) {
                ui.access(() -> show(change));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        super.onDetach(detachEvent);
    }

    private void show(VendorInvitationView change) {
        shown.removeIf(invitation -> invitation.vendorId().equals(change.vendorId()));
        shown.addFirst(change);
        getDataProvider().refreshAll();
    }
}
