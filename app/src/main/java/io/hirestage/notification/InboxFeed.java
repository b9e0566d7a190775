package io.hirestage.notification;

import io.hirestage.base.CommittedChangeFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hands {@link InboxChanged} to the open pages once committed, so the count in the header follows without a reload. */
@Component
public class InboxFeed extends CommittedChangeFeed<InboxChanged> {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(InboxChanged change) {
        deliver(change);
    }
}
