package io.hirestage.plugin;

import io.hirestage.base.CommittedChangeFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hands {@link VendorResultChanged} events to the views that are open, once the change is committed. */
@Component
public class VendorResultFeed extends CommittedChangeFeed<VendorInvitationView> {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(VendorResultChanged change) {
        deliver(change.invitation());
    }
}
