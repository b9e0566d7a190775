package io.hirestage.opening.ui;

import io.hirestage.base.ui.ProblemLine;
import io.hirestage.base.ConcurrentChangeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.opening.OpeningDraft;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Opens a position for a job role, or changes one: team, headcount, target date, status. */
class OpeningFormDialog extends Dialog {

    private final Openings openings;
    private final OpeningView existing;
    private final Runnable onSaved;
    private final BeanValidationBinder<OpeningDraft> binder = new BeanValidationBinder<>(OpeningDraft.class);
    private final ProblemLine problem = new ProblemLine("opening-problem");

    OpeningFormDialog(Openings openings, PipelineTemplates jobRoles, UserDirectory users, OpeningView existing, Runnable onSaved) {
        this.openings = openings;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "Open a position" : existing.title());
        setWidth("40rem");

        List<JobRoleView> roles = jobRoles.jobRoles();
        ComboBox<Long> jobRole = new ComboBox<>("Job role");
        jobRole.setItems(roles.stream().map(JobRoleView::id).toList());
        jobRole.setItemLabelGenerator(id -> roles.stream().filter(role -> role.id().equals(id)).findFirst().map(JobRoleView::name).orElse("?"));
        TextField title = new TextField("Title");
        TextField location = new TextField("Location");
        ComboBox<Long> hiringManager = userPicker("Hiring manager", users.withRole(Role.HIRING_MANAGER));
        MultiSelectComboBox<Long> recruiters = teamPicker("Recruiters", users.withRole(Role.RECRUITER));
        MultiSelectComboBox<Long> interviewers = teamPicker("Interview team", users.withRole(Role.INTERVIEWER));
        IntegerField headcount = new IntegerField("People to hire");
        headcount.setStepButtonsVisible(true);
        DatePicker targetDate = new DatePicker("Target date");
        Select<OpeningStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(OpeningStatus.values());
        status.setItemLabelGenerator(OpeningStatus::displayName);

        binder.forField(jobRole).asRequired("Choose the job role").bind(OpeningDraft::getJobRoleId, OpeningDraft::setJobRoleId);
        binder.forField(title).bind("title");
        binder.forField(location).bind("location");
        binder.forField(hiringManager).asRequired("Choose the hiring manager")
                .bind(OpeningDraft::getHiringManagerId, OpeningDraft::setHiringManagerId);
        binder.forField(recruiters).bind(OpeningDraft::getRecruiterIds, (draft, ids) -> draft.setRecruiterIds(new HashSet<>(ids)));
        binder.forField(interviewers).bind(OpeningDraft::getInterviewerIds, (draft, ids) -> draft.setInterviewerIds(new HashSet<>(ids)));
        binder.forField(headcount).bind("headcount");
        binder.forField(targetDate).bind("targetDate");
        binder.forField(status).bind("status");
        binder.setBean(existing == null ? newDraft(roles) : draftOf(existing));
        title.setId("opening-title");

        FormLayout form = new FormLayout(jobRole, title, location, hiringManager, recruiters, interviewers, headcount, targetDate, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, problem);

        Button save = new Button("Save", click -> save());
        save.setId("save-opening");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            OpeningView saved = existing == null ? openings.create(binder.getBean())
                    : openings.update(existing.id(), existing.version(), binder.getBean());
            Notification.show("Saved " + saved.title()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.run();
            close();
        } catch (OpeningRejectedException | ConcurrentChangeException e) {
            problem.show(e.getMessage());
        }
    }

    private static OpeningDraft newDraft(List<JobRoleView> roles) {
        OpeningDraft draft = new OpeningDraft();
        if (!roles.isEmpty()) {
            draft.setJobRoleId(roles.getFirst().id());
            draft.setTitle(roles.getFirst().name());
        }
        return draft;
    }

    private static OpeningDraft draftOf(OpeningView opening) {
        OpeningDraft draft = new OpeningDraft();
        draft.setJobRoleId(opening.jobRoleId());
        draft.setTitle(opening.title());
        draft.setLocation(opening.location());
        draft.setHiringManagerId(opening.hiringManagerId());
        draft.setRecruiterIds(new HashSet<>(opening.recruiterIds()));
        draft.setInterviewerIds(new HashSet<>(opening.interviewerIds()));
        draft.setHeadcount(opening.headcount());
        draft.setTargetDate(opening.targetDate());
        draft.setStatus(opening.status());
        return draft;
    }

    private static ComboBox<Long> userPicker(String label, List<User> candidates) {
        ComboBox<Long> picker = new ComboBox<>(label);
        picker.setItems(candidates.stream().map(User::id).toList());
        picker.setItemLabelGenerator(id -> nameOf(candidates, id));
        return picker;
    }

    private static MultiSelectComboBox<Long> teamPicker(String label, List<User> candidates) {
        MultiSelectComboBox<Long> picker = new MultiSelectComboBox<>(label);
        picker.setItems(candidates.stream().map(User::id).collect(Collectors.toList()));
        picker.setItemLabelGenerator(id -> nameOf(candidates, id));
        return picker;
    }

    private static String nameOf(List<User> users, Long id) {
        return users.stream().filter(user -> Objects.equals(user.id(), id)).findFirst().map(User::fullName).orElse("?");
    }
}
