package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.hirestage.base.ui.UserTime;
import io.hirestage.pipeline.ApplicationRejectedException;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.base.ui.Toasts;
import io.hirestage.jobrole.JobRoleView;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sends a one-way video interview: the questions (one per line, starting from the job role's soft
 * skills, which the recruiter may edit) and the day by which the candidate answers.
 */
class SendVideoInterviewDialog extends Dialog {

    SendVideoInterviewDialog(PipelineServices services, ApplicationView application, Runnable sent) {
        setHeaderTitle("Send " + application.candidateName() + " a video interview");
        long jobRoleId = services.openings().find(application.openingId()).jobRoleId();
        List<String> softSkills = services.jobRoles().jobRoles().stream().filter(role -> role.id().equals(jobRoleId)).findFirst()
                .map(JobRoleView::softSkills).orElse(List.of());
        TextArea questions = new TextArea("Questions, one per line");
        questions.setValue(softSkills.stream().map(skill -> "Tell us about a time that shows your " + skill.toLowerCase() + ".")
                .collect(Collectors.joining("\n")));
        questions.setWidth("36rem");
        questions.setId("video-questions");
        DatePicker deadline = new DatePicker("Answer by", LocalDate.now(UserTime.zone()).plusDays(5));
        deadline.setMin(LocalDate.now(UserTime.zone()).plusDays(1));
        add(questions, deadline);
        Button send = new Button("Send invitation", click -> {
            try {
                services.vendorSteps().sendVideoInterview(application.id(), Arrays.asList(questions.getValue().split("\n")),
                        deadline.getValue() == null ? null : UserTime.instant(deadline.getValue().atTime(23, 59)));
                Toasts.done("The video interview is on its way to " + application.candidateName());
                close();
                sent.run();
            } catch (ApplicationRejectedException e) {
                Toasts.refused(e.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("confirm-send");
        getFooter().add(new Button("Cancel", click -> close()), send);
    }
}
