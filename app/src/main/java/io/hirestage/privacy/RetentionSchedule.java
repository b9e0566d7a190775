package io.hirestage.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.hirestage.security.RunAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily run of the retention policies, as a db-scheduler task, so one node of several runs it.
 * It acts as {@value Retention#SCHEDULE} with the admin role an admin who runs it by hand has, so
 * the same checks apply and the audit trail names who erased.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    /**
     * @param schedule db-scheduler's notation: {@code DAILY|03:00} (the default), {@code DAILY|Europe/Berlin|02:30},
     *                 or {@code -} for never (only by hand)
     */
    @Bean
    RecurringTask<Void> retentionTask(Retention retention, @Value("${hirestage.retention.schedule:DAILY|03:00}") String schedule) {
        return Tasks.recurring("retention", Schedules.parseSchedule(schedule))
                .execute((instance, context) -> RunAsSystem.call(Retention.SCHEDULE, retention::run));
    }
}
