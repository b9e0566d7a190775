package io.hirestage.pipeline.ui;

import io.hirestage.base.ui.Attachment;
import io.hirestage.plugin.VendorLinks;
import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.jobrole.ApplicationStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.hirestage.pipeline.ApplicationRejectedException;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.VendorStepView;
import io.hirestage.pipeline.VendorSteps;
import io.hirestage.base.ui.Confirmation;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.Resumes;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.User;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One application with everything a person may do with it: where the candidate stands, move, reject,
 * hire or withdraw, send the vendor stage's invitation and see its result, assign interviewers, add
 * a note, and the history. It follows changes made elsewhere (another recruiter, a vendor's result)
 * while it is shown.
 */
public class ApplicationPanel extends VerticalLayout {


    private final PipelineServices services;
    private final long applicationId;
    private final Runnable changed;
    /** Kept across refreshes: another person's change must not wipe a note being written. */
    private final NotesSection notes;
    private Runnable unsubscribe = () -> {
    };

    /**
     * @param changed run after this panel changed the application, for the view around it
     */
    public ApplicationPanel(PipelineServices services, long applicationId, Runnable changed) {
        this.services = services;
        this.applicationId = applicationId;
        this.changed = changed;
        setPadding(false);
        setWidthFull();
        getElement().setAttribute("data-application", String.valueOf(applicationId));
        notes = new NotesSection(services, applicationId, this::afterChange);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = services.feed().subscribe(change -> {
            if (change.applicationId().equals(applicationId)) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }

    void refresh() {
        removeAll();
        ApplicationView application;
        try {
            application = services.applications().find(applicationId);
        } catch (ApplicationRejectedException | OpeningRejectedException e) {
            add(new Span(e.getMessage()));
            return;
        }
        OpeningView opening = services.openings().find(application.openingId());
        List<OpeningStage> pipeline = services.openings().pipeline(application.openingId());
        // The candidate may sit in a stage the opening has skipped since; it still decides who may act.
        Optional<OpeningStage> here = pipeline.stream().filter(stage -> stage.stage() == application.stage()).findFirst();
        boolean mayActHere = here.map(Applications::mayActOn).orElse(true);
        List<VendorStepView> steps = services.vendorSteps().forApplication(applicationId);
        add(status(application), resume(opening));
        if (application.status() == ApplicationStatus.ACTIVE && mayActHere) {
            add(actions(application, pipeline.stream().filter(stage -> !stage.skipped()).toList(), here, steps));
        } else if (application.status() == ApplicationStatus.ACTIVE) {
            Span notYours = new Span("Your role does not move candidates on from " + application.stage().displayName()
                    + "; add what you found as a note.");
            notYours.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(notYours);
        } else if (CurrentUser.seesEverything()) {
            Button reopen = new Button("Reopen", click -> act(() -> services.applications().reopen(applicationId, application.version()),
                    application.candidateName() + " is back in the running"));
            reopen.setId("reopen");
            add(reopen);
        }
        add(vendorSteps(steps));
        if (CurrentUser.seesEverything()) {
            add(interviewers(application, opening));
        }
        notes.refresh(application.candidateId());
        add(notes);
    }

    private Div status(ApplicationView application) {
        Div status = new Div();
        status.addClassName("application-status");
        String text = application.openingTitle() + " · " + application.stage().displayName() + " · " + application.status().displayName()
                + (application.rejectionReason() == null ? "" : " (" + application.rejectionReason() + ")");
        status.setText(text);
        status.getStyle().set("font-weight", "600");
        return status;
    }

    /** The resume for everyone who screens the application, with the job role's skills it mentions as an aid. */
    private Div resume(OpeningView opening) {
        Div resume = new Div();
        resume.addClassName("application-resume");
        services.applications().resumeOf(applicationId).ifPresentOrElse(view -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> services.applications().resumeFileOf(applicationId)
                    .map(file -> Attachment.of(event, file.fileName(), file.mediaType(), file.content()))
                    .orElseGet(() -> DownloadResponse.error(404))), "Resume: " + view.fileName());
            List<String> skills = services.jobRoles().jobRoles().stream().filter(role -> role.id().equals(opening.jobRoleId())).findFirst()
                    .map(role -> Resumes.skillsMentioned(view, role.hardSkills())).orElse(List.of());
            resume.add(download, new Span(skills.isEmpty() ? " · mentions none of the role's skills"
                    : " · mentions " + String.join("; ", skills)));
        }, () -> resume.setText("No resume yet"));
        return resume;
    }

    private HorizontalLayout actions(ApplicationView application, List<OpeningStage> stages, Optional<OpeningStage> here,
                                     List<VendorStepView> steps) {
        // Only the stages the user's role may move candidates into are offered.
        List<Stage> targets = stages.stream().filter(stage -> stage.stage() != application.stage()).filter(Applications::mayActOn)
                .map(OpeningStage::stage).toList();
        Select<Stage> moveTo = new Select<>();
        moveTo.setAriaLabel("Move to stage");
        moveTo.setItems(targets);
        moveTo.setItemLabelGenerator(Stage::displayName);
        moveTo.setPlaceholder("Move to…");
        moveTo.setId("move-to");
        moveTo.setVisible(!targets.isEmpty());
        moveTo.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                act(() -> services.applications().move(applicationId, application.version(), event.getValue()),
                        application.candidateName() + " moved to " + event.getValue().displayName());
            }
        });
        Button reject = new Button("Reject…", click -> new RejectDialog(application.candidateName(),
                reason -> act(() -> services.applications().reject(applicationId, application.version(), reason),
                        application.candidateName() + " rejected")).open());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject");
        HorizontalLayout actions = new HorizontalLayout(moveTo, reject);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Wraps rather than running out of the dialog on a narrow screen.
        actions.setWrap(true);
        if (application.stage() == stages.getLast().stage()) {
            Button hire = new Button("Hire", click -> Confirmation.ask("Hire " + application.candidateName() + "?",
                    "This closes their application for " + application.openingTitle() + " as hired.", "Hire",
                    () -> act(() -> services.applications().hire(applicationId, application.version()), application.candidateName() + " hired")));
            hire.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            hire.setId("hire");
            actions.add(hire);
        }
        if (CurrentUser.seesEverything()) {
            Button withdraw = new Button("Candidate withdrew", click -> Confirmation.ask("Did " + application.candidateName() + " withdraw?",
                    "This closes their application for " + application.openingTitle() + "; an admin or recruiter can reopen it.",
                    "Candidate withdrew", () -> act(() -> services.applications().withdraw(applicationId, application.version(), null),
                            application.candidateName() + " withdrew")));
            withdraw.setId("withdrew");
            withdraw.setTooltipText("The candidate withdrew from this opening");
            actions.add(withdraw);
        }
        // One open invitation per stage at a time: a failed one is retried, not sent twice.
        here.filter(VendorSteps::sendsInvitations).filter(Applications::mayActOn)
                .filter(stage -> steps.stream().noneMatch(step -> step.stage() == stage.stage() && step.isOpen()))
                .ifPresent(stage -> actions.add(sendButton(application, stage)));
        return actions;
    }

    private Button sendButton(ApplicationView application, OpeningStage stage) {
        boolean assessment = stage.stage() == Stage.SKILLS_ASSESSMENT;
        Button send = new Button(assessment ? "Send assessment…" : "Send video interview…", click -> {
            if (assessment) {
                new SendAssessmentDialog(services.vendorSteps(), application, this::afterChange).open();
            } else {
                new SendVideoInterviewDialog(services, application, this::afterChange).open();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invitation");
        return send;
    }

    private VerticalLayout vendorSteps(List<VendorStepView> steps) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        if (steps.isEmpty()) {
            return section;
        }
        section.add(new H4("Vendor stages"));
        for (VendorStepView step : steps) {
            Div line = new Div();
            line.addClassName("vendor-step");
            line.getElement().setAttribute("data-status", step.status().name());
            line.add(new Span(step.stage().displayName() + ": " + step.what() + " · " + step.status().displayName()
                    + (step.scoreText().isEmpty() ? "" : " · " + step.scoreText())));
            if (!step.breakdown().isEmpty()) {
                UnorderedList breakdown = new UnorderedList();
                step.breakdown().forEach((name, value) -> breakdown.add(new ListItem(name + ": " + value + " %")));
                line.add(breakdown);
            }
            // Checked when the vendor sent it; checked again for links stored before that rule.
            if (VendorLinks.allowed(step.reportUrl())) {
                Anchor report = new Anchor(step.reportUrl(), step.stage() == Stage.VIDEO_INTERVIEW ? "Recording" : "Report");
                report.setTarget(AnchorTarget.BLANK);
                line.add(new Span(" "), report);
            }
            if (step.problem() != null) {
                Div problem = new Div(step.problem());
                problem.getStyle().set("color", "var(--lumo-error-text-color)");
                line.add(problem);
            }
            if (step.mayBeRetried()) {
                Button retry = new Button("Retry", click -> act(() -> services.vendorSteps().retry(step.requestKey()),
                        step.what() + " is being sent again"));
                retry.setId("retry-invitation");
                line.add(retry);
            }
            section.add(line);
        }
        return section;
    }

    private HorizontalLayout interviewers(ApplicationView application, OpeningView opening) {
        MultiSelectComboBox<User> assigned = new MultiSelectComboBox<>("Interviewers");
        List<User> team = services.users().byIds(opening.interviewerIds()).values().stream()
                .sorted(Comparator.comparing(User::fullName)).toList();
        assigned.setItems(team);
        assigned.setItemLabelGenerator(User::fullName);
        assigned.setValue(team.stream().filter(user -> application.interviewerIds().contains(user.id())).toList());
        assigned.setHelperText("From the opening's interview team; they see this candidate");
        // Saved only on request: a stray arrow key and Enter in the list must not assign anyone.
        Button save = new Button("Save interviewers", click -> act(() -> services.applications().assignInterviewers(applicationId,
                application.version(), assigned.getValue().stream().map(User::id).collect(Collectors.toSet())), "Interviewers assigned"));
        save.setId("save-interviewers");
        save.setEnabled(false);
        assigned.addValueChangeListener(event -> save.setEnabled(!event.getValue().stream().map(User::id).collect(Collectors.toSet())
                .equals(application.interviewerIds())));
        HorizontalLayout row = new HorizontalLayout(assigned, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void act(Supplier<?> change, String done) {
        try {
            change.get();
            Toasts.done(done);
        } catch (ApplicationRejectedException | OpeningRejectedException | ConcurrentChangeException e) {
            Toasts.refused(e.getMessage());
        }
        afterChange();
    }

    private void afterChange() {
        refresh();
        changed.run();
    }
}
