package io.hirestage.plugin;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler.ExponentialBackoffFailureHandler;
import java.time.Duration;

/**
 * What db-scheduler does when an attempt of an outbound request failed: try again after a doubling
 * back-off (db-scheduler's own {@link ExponentialBackoffFailureHandler}), or park the request as
 * failed once {@link OutboundRequestRunner#MAX_CALLS_PER_REQUEST} attempts were made or the vendor
 * refused it.
 *
 * <p>Not db-scheduler's {@code MaxRetriesFailureHandler}: it removes the task before its
 * give-up callback runs, and in that moment the request would be pending without a task, which the
 * safety-net sweeper would schedule again (one call too many). Here the request is parked and its
 * task removed in one transaction (db-scheduler's data source takes part in Spring's transactions).
 */
class OutboundRequestFailureHandler implements FailureHandler<Void> {

    private final OutboundRequestRunner runner;
    private final ExponentialBackoffFailureHandler<Void> backOff;

    OutboundRequestFailureHandler(OutboundRequestRunner runner, Duration firstRetryDelay) {
        this.runner = runner;
        this.backOff = new ExponentialBackoffFailureHandler<>(firstRetryDelay, 2.0);
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        int attemptsMade = complete.getExecution().consecutiveFailures + 1;
        boolean retryable = complete.getCause()
                .map(cause -> !(cause instanceof OutboundRequestRunner.AttemptFailed failed) || failed.isRetryable()).orElse(true);
        if (retryable && attemptsMade < OutboundRequestRunner.MAX_CALLS_PER_REQUEST) {
            backOff.onFailure(complete, operations);
            return;
        }
        runner.park(Long.parseLong(complete.getExecution().taskInstance.getId()), operations::stop);
    }
}
