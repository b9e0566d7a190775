package io.hirestage.pipeline;

import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.security.RunAsSystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: puts 150 of the demo candidates into the demo openings, spread over the stages
 * with a believable history (who moved them, days apart), the interview team assigned from the
 * structured interview on, a few rejected with a reason, and sends
 * some of those in the vendor stages to the sandbox vendors so that results arrive while one looks.
 */
@Component
class DemoApplications {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
    private static final int IN_OPENINGS = 150;
    /** Of 100 candidates, how many stop at each stage of the Backend Lead Developer pipeline. */
    private static final int[] STOPS_PER_100 = {30, 25, 15, 10, 9, 6, 5};
    private static final String RECRUITER = "Riley Recruiter";

    private final ApplicationRepository applications;
    private final ActivityRepository activities;
    private final Openings openings;
    private final CandidateSearch search;
    private final VendorSteps vendorSteps;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    DemoApplications(ApplicationRepository applications, ActivityRepository activities, Openings openings, CandidateSearch search,
                     VendorSteps vendorSteps, AuditLog auditLog, TransactionTemplate transaction, Clock clock,
                     @Value("${hirestage.demo.enabled:false}") boolean demo) {
        this.applications = applications;
        this.activities = activities;
        this.openings = openings;
        this.search = search;
        this.vendorSteps = vendorSteps;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    /** After the demo openings exist. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void createDemoApplications() {
        if (!demo || applications.count() > 0) {
            return;
        }
        List<Application> toInvite = RunAsSystem.call(() -> transaction.execute(status -> spread()));
        // The sandbox answers through the plugin host like any vendor: off the start-up thread.
        Thread.ofVirtual().name("demo-invitations").start(() -> RunAsSystem.call(() -> {
            invite(toInvite);
            return null;
        }));
    }

    private List<Application> spread() {
        List<OpeningView> demoOpenings = openings.visibleToMe().stream().filter(o -> o.status() != OpeningStatus.CLOSED).toList();
        List<CandidateSummary> people = search.page(CandidateQuery.none(), PageRequest.of(0, IN_OPENINGS));
        if (demoOpenings.isEmpty() || people.isEmpty()) {
            return List.of();
        }
        Random random = new Random(2026);
        Instant now = clock.instant();
        List<Application> toInvite = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            OpeningView opening = demoOpenings.get(i % demoOpenings.size());
            List<Stage> stages = openings.pipeline(opening.id()).stream().filter(stage -> !stage.skipped()).map(OpeningStage::stage).toList();
            int last = Math.min(stopAt(random), stages.size() - 1);
            Instant at = now.minus(Duration.ofHours(24L * (2 + last * 4) + random.nextInt(72)));
            Application application = applications.save(new Application(people.get(i).id(), opening.id(), stages.getFirst(), at));
            activities.save(new Activity(application, ActivityKind.ADDED, null, stages.getFirst(), null, RECRUITER, at));
            for (int step = 1; step <= last; step++) {
                at = at.plus(Duration.ofHours(24 + random.nextInt(72)));
                application.moveTo(stages.get(step), at);
                activities.save(new Activity(application, ActivityKind.MOVED, stages.get(step - 1), stages.get(step), null, RECRUITER, at));
            }
            if (application.getStage().compareTo(Stage.STRUCTURED_INTERVIEW) >= 0 && !opening.interviewerIds().isEmpty()) {
                // The interview team sees the candidates it interviews (and nobody else's).
                application.assign(opening.interviewerIds());
                activities.save(new Activity(application, ActivityKind.INTERVIEWERS_ASSIGNED, null, application.getStage(),
                        "the opening's interview team", RECRUITER, at.plus(Duration.ofHours(1))));
            }
            if (random.nextInt(10) == 0) {
                String reason = RejectReasons.COMMON.get(random.nextInt(RejectReasons.COMMON.size()));
                application.close(ApplicationStatus.REJECTED, reason);
                activities.save(new Activity(application, ActivityKind.REJECTED, null, application.getStage(), reason, RECRUITER,
                        at.plus(Duration.ofHours(5))));
            } else if (opening.status() == OpeningStatus.OPEN && toInvite.size() < 8
                    && (application.getStage() == Stage.SKILLS_ASSESSMENT || application.getStage() == Stage.VIDEO_INTERVIEW)) {
                toInvite.add(application);
            }
        }
        auditLog.record(Applications.AUDIT_TYPE, "demo", "added", "Added " + people.size() + " demo applications");
        return toInvite;
    }

    private static int stopAt(Random random) {
        int roll = random.nextInt(100);
        for (int stage = 0; stage < STOPS_PER_100.length; stage++) {
            roll -= STOPS_PER_100[stage];
            if (roll < 0) {
                return stage;
            }
        }
        return STOPS_PER_100.length - 1;
    }

    private void invite(List<Application> toInvite) {
        AssessmentTest test = null;
        for (Application application : toInvite) {
            try {
                if (application.getStage() == Stage.SKILLS_ASSESSMENT) {
                    test = test != null ? test : vendorSteps.testsFor(application.getId()).join().getFirst();
                    vendorSteps.sendAssessment(application.getId(), test);
                } else {
                    vendorSteps.sendVideoInterview(application.getId(), List.of("Walk us through an API you designed and what you would "
                            + "change.", "Tell us about a production incident you led the team through."), clock.instant().plus(Duration.ofDays(5)));
                }
            } catch (CompletionException | ProviderException | ApplicationRejectedException e) {
                log.warn("Demo mode: could not send a sandbox invitation: {}", e.getMessage());
            }
        }
    }
}
