package io.hirestage.pipeline;

import io.hirestage.base.CommittedChangeFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands {@link PipelineChanged} events to the boards and profiles that are open, once the change is
 * committed, so that one recruiter sees another's move and a vendor's result without reloading.
 */
@Component
public class PipelineFeed extends CommittedChangeFeed<PipelineChanged> {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(PipelineChanged change) {
        deliver(change);
    }
}
