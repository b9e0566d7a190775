package io.hirestage.plugin;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plugin host's background work, as db-scheduler tasks: stored in the database and run by one
 * node at a time, so several portal instances can share a database.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundTasks {

    @Bean
    RecurringTask<Void> outboundRequestsTask(OutboundRequestRunner runner) {
        return Tasks.recurring("outbound-requests", FixedDelay.of(Duration.ofSeconds(1)))
                .execute((instance, context) -> runner.runDue());
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
}
