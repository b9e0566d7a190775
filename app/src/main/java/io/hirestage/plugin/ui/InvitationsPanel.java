package io.hirestage.plugin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.hirestage.base.ui.UserTime;
import io.hirestage.plugin.VendorInvitationView;
import io.hirestage.plugin.VendorResultFeed;
import io.hirestage.plugin.VendorResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A provider's latest invitations; a change pushed by the {@link VendorResultFeed} shows at once. */
class InvitationsPanel extends Grid<VendorInvitationView> {


    private final String providerId;
    private final VendorResultFeed feed;
    private final VendorResults results;
    private final List<VendorInvitationView> shown;
    private final Map<String, String> candidates = new HashMap<>();
    private Runnable unsubscribe = () -> { };

    InvitationsPanel(String providerId, VendorResults results, VendorResultFeed feed) {
        super(VendorInvitationView.class, false);
        this.providerId = providerId;
        this.feed = feed;
        this.results = results;
        this.shown = new ArrayList<>(results.recent(providerId));
        candidates.putAll(results.candidatesOf(shown.stream().map(VendorInvitationView::requestKey).toList()));
        setId("invitations");
        addColumn(invitation -> candidates.getOrDefault(invitation.requestKey(), "—")).setHeader("Candidate").setAutoWidth(true);
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
        if (!candidates.containsKey(change.requestKey())) {
            candidates.putAll(results.candidatesOf(List.of(change.requestKey())));
        }
        shown.removeIf(invitation -> invitation.vendorId().equals(change.vendorId()));
        shown.addFirst(change);
        getDataProvider().refreshAll();
    }
}
