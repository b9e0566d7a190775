package io.hirestage.jobrole.ui;

import io.hirestage.base.ui.ProblemLine;
import io.hirestage.base.ConcurrentChangeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.StageSettings;
import io.hirestage.jobrole.TemplateRejectedException;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.ProviderSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** Admin > Pipeline templates: per job role, the stages in order, on or off, their provider and who may act. */
@Route("admin/pipelines")
@PageTitle("Pipeline templates · Hirestage")
@Menu(order = 105, title = "Pipeline templates", icon = "vaadin:list-ol")
@RolesAllowed("ADMIN")
public class PipelineTemplatesView extends VerticalLayout {

    private final PipelineTemplates templates;
    private final List<ProviderSummary> providers;
    private final ComboBox<JobRoleView> jobRole = new ComboBox<>("Job role");
    private final VerticalLayout rows = new VerticalLayout();
    private final ProblemLine problem = new ProblemLine("template-problem");
    private final List<StageRow> stageRows = new ArrayList<>();

    public PipelineTemplatesView(PipelineTemplates templates, ProviderConsole console) {
        this.templates = templates;
        this.providers = console.providers();
        jobRole.setItems(templates.jobRoles());
        jobRole.setItemLabelGenerator(JobRoleView::name);
        jobRole.setWidth("24rem");
        jobRole.addValueChangeListener(event -> show(event.getValue()));
        rows.setPadding(false);
        rows.setSpacing(false);

        Button save = new Button("Save template", click -> save());
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Pipeline templates"),
                new Paragraph("Openings of a job role start with its template: the stages in the order they run, the provider "
                        + "that serves each vendor stage, and the user roles that may move candidates into and out of each stage."),
                jobRole, rows, problem, save);
        jobRole.getListDataView().getItems().findFirst().ifPresent(jobRole::setValue);
    }

    private void show(JobRoleView role) {
        rows.removeAll();
        stageRows.clear();
        problem.clear();
        if (role == null) {
            return;
        }
        for (StageSettings settings : templates.template(role.id())) {
            StageRow row = new StageRow(settings, providers, this::move);
            stageRows.add(row);
            rows.add(row);
        }
    }

    private void move(StageRow row, int by) {
        int from = stageRows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= stageRows.size()) {
            return;
        }
        stageRows.remove(from);
        stageRows.add(to, row);
        rows.removeAll();
        stageRows.forEach(rows::add);
    }

    void save() {
        JobRoleView role = jobRole.getValue();
        // A number the field could not read arrives as empty, which would save "no limit" unseen.
        List<String> unreadable = stageRows.stream().filter(row -> row.alertAfter.isInvalid())
                .map(row -> row.settings().stage().displayName()).toList();
        if (!unreadable.isEmpty()) {
            problem.show(StageSettings.alertAfterProblem(String.join(", ", unreadable)));
            return;
        }
        try {
            JobRoleView saved = templates.saveTemplate(role.id(), role.version(), stageRows.stream().map(StageRow::settings).toList());
            problem.clear();
            jobRole.setItems(templates.jobRoles());
            jobRole.setValue(jobRole.getListDataView().getItems().filter(r -> r.id().equals(saved.id())).findFirst().orElse(null));
            Notification.show("Template of " + saved.name() + " saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TemplateRejectedException | ConcurrentChangeException e) {
            problem.show(e.getMessage());
        }
    }
}
