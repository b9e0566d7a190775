package io.hirestage.pipeline;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.notification.Notice;
import io.hirestage.notification.NotificationKind;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.RunAsSystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an opening's recruiters and hiring manager about candidates who have waited in a stage past
 * the limit its pipeline sets: once for each stay in a stage (a candidate moved on and back is told
 * about again). The board highlights the same candidates ({@link OpeningStage#waitedTooLong}).
 */
@Service
public class WaitingCandidates {

    static final String TASK = "waiting-candidates";

    private final Openings openings;
    private final ApplicationRepository applications;
    private final Candidates candidates;
    private final Notifications notifications;
    private final Clock clock;

    WaitingCandidates(Openings openings, ApplicationRepository applications, Candidates candidates, Notifications notifications,
                      Clock clock) {
        this.openings = openings;
        this.applications = applications;
        this.candidates = candidates;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Looks through the open and on-hold openings now; run by the schedule, or by a test. */
    @Transactional
    public int tellTeams() {
        return RunAsSystem.call(TASK, () -> {
            int told = 0;
            Instant now = clock.instant();
            for (OpeningView opening : openings.visibleToMe()) {
                if (opening.status() != OpeningStatus.OPEN && opening.status() != OpeningStatus.ON_HOLD) {
                    continue;
                }
                for (OpeningStage stage : openings.pipeline(opening.id())) {
                    if (stage.alertAfterDays() == null || stage.skipped()) {
                        continue;
                    }
                    Instant cutoff = now.minus(Duration.ofDays(stage.alertAfterDays()));
                    for (Application waiting : applications.findByOpeningIdAndStageAndStatusAndStageEnteredAtBefore(opening.id(),
                            stage.stage(), ApplicationStatus.ACTIVE, cutoff)) {
                        tell(opening, stage, waiting);
                        told++;
                    }
                }
            }
            return told;
        });
    }

    private void tell(OpeningView opening, OpeningStage stage, Application waiting) {
        Set<Long> team = new HashSet<>(opening.recruiterIds());
        if (opening.hiringManagerId() != null) {
            team.add(opening.hiringManagerId());
        }
        CandidateSummary candidate = candidates.summaries(List.of(waiting.getCandidateId())).get(waiting.getCandidateId());
        notifications.send(team, new Notice(NotificationKind.WAITING_TOO_LONG,
                (candidate == null ? "A candidate" : candidate.fullName()) + " has been in " + stage.stage().displayName() + " for more than "
                        + stage.alertAfterDays() + " days (" + opening.title() + ")",
                ApplicationLink.of(opening.id(), waiting.getId()), waiting.getCandidateId(),
                "waiting-" + waiting.getId() + "-" + waiting.getStage().name() + "-" + waiting.getStageEnteredAt().toEpochMilli()));
    }

    /** Runs {@link #tellTeams} on a schedule, on one node of several (db-scheduler). */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        /**
         * @param schedule db-scheduler's notation: {@code FIXED_DELAY|1h} (the default), {@code DAILY|08:00}, or {@code -} for never
         */
        @Bean
        RecurringTask<Void> waitingCandidatesTask(WaitingCandidates waiting,
                                                  @Value("${hirestage.waiting-candidates.schedule:FIXED_DELAY|3600s}") String schedule) {
            return Tasks.recurring(TASK, Schedules.parseSchedule(schedule)).execute((instance, context) -> waiting.tellTeams());
        }
    }
}
