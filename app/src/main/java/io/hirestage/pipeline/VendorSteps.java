package io.hirestage.pipeline;

import io.hirestage.base.PortalAddress;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.jobrole.Stage;
import io.hirestage.notification.Notice;
import io.hirestage.notification.NotificationKind;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.Openings;
import io.hirestage.plugin.OutboundOperation;
import io.hirestage.plugin.OutboundRequestCompleted;
import io.hirestage.plugin.OutboundRequestStatus;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.plugin.OutboundRequests;
import io.hirestage.plugin.ProviderKind;
import io.hirestage.plugin.StageVendors;
import io.hirestage.plugin.VendorCallbacks;
import io.hirestage.plugin.VendorInvitationView;
import io.hirestage.plugin.VendorResultChanged;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.UserDirectory;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The vendor stages of the pipeline: a person who may act on the stage sends the candidate the
 * provider's assessment or video interview; the plugin host carries the invitation out in the
 * background and follows the vendor's answers, which land here and on the card (status, score,
 * breakdown, report). A failed invitation shows its reason and can be retried.
 */
@Service
public class VendorSteps {

    static final String AUDIT_TYPE = "Vendor invitation";

    private final VendorStepRepository steps;
    private final ApplicationRepository applications;
    private final ActivityRepository activities;
    private final Applications applicationAccess;
    private final Openings openings;
    private final Candidates candidates;
    private final OutboundRequests outbound;
    private final StageVendors vendors;
    private final UserDirectory users;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VendorCallbacks callbacks;
    private final PortalAddress portal;

    VendorSteps(VendorStepRepository steps, ApplicationRepository applications, ActivityRepository activities,
                Applications applicationAccess, Openings openings, Candidates candidates, OutboundRequests outbound, StageVendors vendors,
                UserDirectory users, AuditLog auditLog, Notifications notifications, ApplicationEventPublisher events, Clock clock,
                VendorCallbacks callbacks, PortalAddress portal) {
        this.callbacks = callbacks;
        this.portal = portal;
        this.steps = steps;
        this.applications = applications;
        this.activities = activities;
        this.applicationAccess = applicationAccess;
        this.openings = openings;
        this.candidates = candidates;
        this.outbound = outbound;
        this.vendors = vendors;
        this.users = users;
        this.auditLog = auditLog;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Whether candidates in the stage are sent an invitation: an assessment or video stage with its provider. */
    public static boolean sendsInvitations(OpeningStage stage) {
        return stage.providerId() != null && stage.stage().vendorKind().filter(kind -> kind != ProviderKind.SALARY_DATA).isPresent();
    }

    /** The tests the provider of the candidate's assessment stage offers, asked in the background. */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<List<AssessmentTest>> testsFor(long applicationId) {
        return vendors.assessmentTests(stageFor(applicationAccess.find(applicationId), Stage.SKILLS_ASSESSMENT).providerId());
    }

    /**
     * Invites the candidate to the provider's test; the invitation goes out in the background.
     *
     * @throws ApplicationRejectedException outside the assessment stage, for a role that may not act on
     *                                      it, or while an earlier invitation is still open
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public VendorStepView sendAssessment(long applicationId, AssessmentTest test) {
        Sending sending = sending(applicationId, Stage.SKILLS_ASSESSMENT);
        CandidateSummary candidate = sending.candidate();
        AssessmentRequest request = new AssessmentRequest(test.id(), candidate.fullName(), candidate.email(), sending.key(),
                candidate.givenName(), candidate.familyName(), profileUrl(candidate), sending.opening().jobRoleName(),
                sending.opening().title(), callbacks.urlFor(sending.stage().providerId(), sending.key()));
        outbound.enqueue(sending.stage().providerId(), OutboundOperation.ASSESSMENT_INVITE, request, sending.key());
        return sent(sending, test.name());
    }

    /**
     * Invites the candidate to a one-way video interview with these questions, answered by the deadline.
     *
     * @throws ApplicationRejectedException outside the video stage, without questions, for a role that
     *                                      may not act on it, or while an earlier invitation is still open
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public VendorStepView sendVideoInterview(long applicationId, List<String> questions, Instant deadline) {
        List<String> asked = questions.stream().map(String::strip).filter(question -> !question.isEmpty()).toList();
        if (asked.isEmpty()) {
            throw new ApplicationRejectedException("Write at least one question for the candidate to answer");
        }
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            throw new ApplicationRejectedException("Choose a deadline in the future");
        }
        Sending sending = sending(applicationId, Stage.VIDEO_INTERVIEW);
        CandidateSummary candidate = sending.candidate();
        OneWayInterviewRequest request = new OneWayInterviewRequest(candidate.fullName(), candidate.email(), asked, deadline, sending.key(),
                candidate.givenName(), candidate.familyName(), profileUrl(candidate), sending.opening().jobRoleName(),
                sending.opening().title(), callbacks.urlFor(sending.stage().providerId(), sending.key()));
        outbound.enqueue(sending.stage().providerId(), OutboundOperation.VIDEO_INVITE_ONE_WAY, request, sending.key());
        return sent(sending, "One-way video interview");
    }

    /** Sends a failed invitation again, once its cause (settings, a vendor outage) is fixed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public VendorStepView retry(String requestKey) {
        VendorStep step = steps.findByRequestKey(requestKey).orElseThrow(() -> new ApplicationRejectedException("No such invitation"));
        actableStage(applicationAccess.find(step.getApplicationId()), step.toView().stage());
        if (step.getStatus() == VendorStepStatus.FAILED) {
            outbound.retry(requestKey);
            step.sendingAgain(clock.instant());
            record(step, "Retried " + step.toView().what(), users.currentUserName());
        }
        return step.toView();
    }

    /** The invitations sent for the application, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VendorStepView> forApplication(long applicationId) {
        applicationAccess.find(applicationId);
        return steps.findByApplicationIdInOrderBySentAtDescIdDesc(List.of(applicationId)).stream().map(VendorStep::toView).toList();
    }

    /**
     * The vendor accepted or finally refused an invitation: after the host committed it (the host
     * publishes once its transaction is over), in a transaction of its own, so a failure here cannot
     * undo the host's record.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onRequestCompleted(OutboundRequestCompleted completed) {
        OutboundRequestView request = completed.request();
        steps.findByRequestKey(request.idempotencyKey()).ifPresent(step -> {
            if (request.status() == OutboundRequestStatus.SUCCEEDED) {
                step.update(VendorStepStatus.INVITED, null, null, null, null, null, clock.instant());
                record(step, step.toView().what() + " sent by " + providerName(request.providerId()), providerName(request.providerId()));
            } else {
                step.update(VendorStepStatus.FAILED, request.lastError(), null, null, null, null, clock.instant());
                record(step, step.toView().what() + " could not be sent: " + request.lastError(), providerName(request.providerId()));
            }
        });
    }

    /** The vendor's answer changed: after the host committed it, in a transaction of its own. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onResultChanged(VendorResultChanged changed) {
        VendorInvitationView invitation = changed.invitation();
        steps.findByRequestKey(invitation.requestKey()).ifPresent(step -> {
            VendorStepStatus status = VendorStepStatus.valueOf(invitation.status().name());
            Optional<AssessmentResult> assessment = changed.assessmentResult();
            Optional<VideoInterviewResult> video = changed.videoInterviewResult();
            if (status == VendorStepStatus.VENDOR_ERROR || (assessment.isEmpty() && video.isEmpty())) {
                step.update(status, invitation.problem(), null, null, null, null, clock.instant());
            } else if (assessment.isPresent()) {
                AssessmentResult result = assessment.get();
                // A vendor that gives no maximum (API 1.1) gives a percentage.
                Integer maxScore = result.maxScore() == null ? 100 : result.maxScore();
                step.update(status, null, result.score(), maxScore, VendorStepView.format(result.competencyScores()),
                        result.reportUrl() == null ? null : result.reportUrl().toString(), clock.instant());
            } else {
                VideoInterviewResult result = video.get();
                Integer mean = result.ratings().isEmpty() ? null
                        : (int) Math.round(result.ratings().values().stream().mapToInt(Integer::intValue).average().orElse(0));
                step.update(status, null, mean, mean == null ? null : 100, VendorStepView.format(result.ratings()),
                        result.recordingUrl() == null ? null : result.recordingUrl().toString(), clock.instant());
            }
            VendorStepView view = step.toView();
            String result = view.what() + ": " + view.status().displayName().toLowerCase()
                    + (view.scoreText().isEmpty() ? "" : ", " + view.scoreText())
                    + (view.problem() == null ? "" : " (" + view.problem() + ")");
            record(step, result, providerName(invitation.providerId()));
            tellTeam(step, result);
        });
    }

    /**
     * Tells the opening's recruiters and hiring manager that a vendor answered for their candidate. It
     * runs as the system: a vendor's answer arrives outside any person's request.
     */
    private void tellTeam(VendorStep step, String result) {
        Application application = applications.findById(step.getApplicationId()).orElseThrow();
        RunAsSystem.call(() -> {
            OpeningView opening = openings.find(application.getOpeningId());
            Set<Long> team = new HashSet<>(opening.recruiterIds());
            if (opening.hiringManagerId() != null) {
                team.add(opening.hiringManagerId());
            }
            CandidateSummary candidate = candidates.summaries(List.of(application.getCandidateId())).get(application.getCandidateId());
            notifications.send(team, new Notice(NotificationKind.VENDOR_RESULT, (candidate == null ? "A candidate" : candidate.fullName())
                    + " (" + opening.title() + "): " + result, ApplicationLink.of(opening.id(), application.getId()), application.getCandidateId()));
            return null;
        });
    }

    private String providerName(String providerId) {
        return vendors.providerName(providerId);
    }

    /** Checks that the user may send the application's invitation for the stage now, and names the new request. */
    private Sending sending(long applicationId, Stage expected) {
        ApplicationView application = applicationAccess.find(applicationId);
        OpeningStage stage = actableStage(application, expected);
        List<VendorStep> earlier = steps.findByApplicationIdInOrderBySentAtDescIdDesc(List.of(applicationId)).stream()
                .filter(step -> step.toView().stage() == expected).toList();
        if (earlier.stream().anyMatch(step -> step.toView().isOpen())) {
            throw new ApplicationRejectedException(application.candidateName() + " has an open invitation for "
                    + expected.displayName() + " already; wait for it, or retry it if it failed");
        }
        CandidateSummary candidate = candidates.summaries(List.of(application.candidateId())).get(application.candidateId());
        String key = "application-" + applicationId + "-" + expected.name().toLowerCase() + "-" + (earlier.size() + 1);
        return new Sending(application, openings.find(application.openingId()), stage, candidate, key);
    }

    /** The candidate's profile in the portal, for a vendor's report to link back to (it opens only after a login). */
    private URI profileUrl(CandidateSummary candidate) {
        return portal.link("candidates/" + candidate.id());
    }

    /** The stage, when the application is active and in it, and the user's role may act on it. */
    private OpeningStage actableStage(ApplicationView application, Stage expected) {
        if (application.status() != ApplicationStatus.ACTIVE) {
            throw new ApplicationRejectedException(application.candidateName() + " is " + application.status().displayName().toLowerCase());
        }
        OpeningStage stage = stageFor(application, expected);
        if (!Applications.mayActOn(stage)) {
            throw new ApplicationRejectedException("Your role may not send invitations for " + expected.displayName());
        }
        return stage;
    }

    private OpeningStage stageFor(ApplicationView application, Stage expected) {
        if (application.stage() != expected) {
            throw new ApplicationRejectedException(application.candidateName() + " is in " + application.stage().displayName()
                    + ", not in " + expected.displayName());
        }
        return openings.pipeline(application.openingId()).stream().filter(stage -> stage.stage() == expected && stage.providerId() != null)
                .findFirst().orElseThrow(() -> new ApplicationRejectedException(expected.displayName() + " has no provider in this pipeline"));
    }

    private VendorStepView sent(Sending sending, String what) {
        String actor = users.currentUserName();
        VendorStep step = steps.save(new VendorStep(sending.application().id(), sending.stage().stage(), sending.stage().providerId(),
                sending.key(), what, actor, clock.instant()));
        String provider = providerName(sending.stage().providerId());
        record(step, what + " via " + provider, actor);
        auditLog.record(AUDIT_TYPE, sending.key(), "sent", what + " for " + sending.candidate().fullName() + " via " + provider);
        return step.toView();
    }

    private void record(VendorStep step, String detail, String actor) {
        Application application = applications.findById(step.getApplicationId()).orElseThrow();
        ActivityKind kind = step.getStatus() == VendorStepStatus.SENDING ? ActivityKind.INVITATION_SENT : ActivityKind.VENDOR_UPDATE;
        activities.save(new Activity(application, kind, null, step.toView().stage(), detail, actor, clock.instant()));
        events.publishEvent(new PipelineChanged(application.getOpeningId(), application.getId(), application.getCandidateId()));
    }

    private record Sending(ApplicationView application, OpeningView opening, OpeningStage stage, CandidateSummary candidate, String key) {
    }
}
