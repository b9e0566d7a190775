package io.hirestage.plugin;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plugin host's background work, as db-scheduler tasks: stored in the database and run by one
 * node at a time, so several portal instances can share a database. Each outbound request is a
 * one-time task of its own, so requests to different vendors run side by side on the scheduler's
 * threads (each vendor capped by its bulkhead) and a failing one backs off without holding up others.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundTasks {

    @Bean
    OneTimeTask<Void> outboundRequestTask(OutboundRequestRunner runner,
                                          @Value("${hirestage.outbound-requests.first-retry-delay:10s}") Duration firstRetryDelay) {
        return Tasks.oneTime(OutboundRequestRunner.TASK_NAME)
                .onFailure(new OutboundRequestFailureHandler(runner, firstRetryDelay))
                .execute((instance, context) -> runner.attempt(Long.parseLong(instance.getId())));
    }

    /** The safety net for pending requests without a task; named as the loop it replaces, so its stored row is reused. */
    @Bean
    RecurringTask<Void> outboundRequestsTask(OutboundRequests requests,
                                             @Value("${hirestage.outbound-requests.sweep-every:1m}") Duration sweepEvery) {
        return Tasks.recurring("outbound-requests", FixedDelay.of(sweepEvery))
                .execute((instance, context) -> requests.scheduleMissing());
    }

    @Bean
    RecurringTask<Void> vendorResultsTask(VendorResults results) {
        return Tasks.recurring("vendor-results", FixedDelay.of(Duration.ofSeconds(1)))
                .execute((instance, context) -> results.checkDue());
    }

    @Bean
    RecurringTask<Void> webhookDispatchTask(WebhookEventDispatcher dispatcher) {
        return Tasks.recurring("webhook-dispatch", FixedDelay.of(Duration.ofSeconds(1)))
                .execute((instance, context) -> dispatcher.dispatchPending());
    }

    @Bean
    RecurringTask<Void> webhookPurgeTask(WebhookEventPurge purge) {
        return Tasks.recurring("webhook-purge", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> purge.purge());
    }
}
