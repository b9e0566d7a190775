package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.privacy.PrivacyNoticeView;
import io.hirestage.privacy.PrivacyNotices;
import io.hirestage.privacy.Retention;
import io.hirestage.privacy.RetentionPolicies;
import io.hirestage.privacy.RetentionPolicyView;
import io.hirestage.privacy.RetentionRunView;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admin > Privacy: the privacy notice per country, the retention policies, and what each run of
 * them did, with a run on demand.
 */
@Route("admin/privacy")
@PageTitle("Privacy · Hirestage")
@Menu(order = 115, title = "Privacy", icon = "vaadin:lock")
@RolesAllowed("ADMIN")
public class PrivacyView extends VerticalLayout {

    private final PrivacyNotices notices;
    private final RetentionPolicies policies;
    private final Retention retention;
    private final Grid<PrivacyNoticeView> noticeGrid = new Grid<>(PrivacyNoticeView.class, false);
    private final Grid<RetentionPolicyView> policyGrid = new Grid<>(RetentionPolicyView.class, false);
    private final Grid<RetentionRunView> runGrid = new Grid<>(RetentionRunView.class, false);

    public PrivacyView(PrivacyNotices notices, RetentionPolicies policies, Retention retention) {
        this.notices = notices;
        this.policies = policies;
        this.retention = retention;
        add(new H2("Privacy"));
        noticesSection();
        policiesSection();
        runsSection();
        refresh();
    }

    private void noticesSection() {
        noticeGrid.setId("privacy-notices");
        noticeGrid.addColumn(notice -> PrivacyNotices.countryName(notice.country())).setHeader("Country").setAutoWidth(true);
        noticeGrid.addColumn(PrivacyNoticeView::version).setHeader("Version").setAutoWidth(true);
        noticeGrid.addColumn(notice -> UserTime.dateTime(notice.publishedAt()) + " by " + notice.publishedBy()).setHeader("Published")
                .setAutoWidth(true);
        noticeGrid.setItemDetailsRenderer(new ComponentRenderer<>(notice -> new Paragraph(notice.text())));
        noticeGrid.setAllRowsVisible(true);
        Button publish = new Button("Publish a new version…", VaadinIcon.FILE_TEXT.create(),
                click -> new PublishNoticeDialog(notices, published -> refresh()).open());
        publish.setId("publish-notice");
        add(new H3("Privacy notices"), new Paragraph("What candidates are told about their data. Each consent names the version "
                + "the candidate was shown, so versions are never changed: publish a new one. Click a row for its text."), noticeGrid, publish);
    }

    private void policiesSection() {
        policyGrid.setId("retention-policies");
        policyGrid.addColumn(RetentionPolicyView::countryName).setHeader("Country").setAutoWidth(true);
        policyGrid.addColumn(policy -> policy.keepMonths() + " months").setHeader("Data kept after the last activity").setAutoWidth(true);
        policyGrid.addColumn(policy -> policy.consentMonths() + " months").setHeader("Consents hold").setAutoWidth(true);
        policyGrid.addColumn(policy -> UserTime.dateTime(policy.changedAt()) + " by " + policy.changedBy()).setHeader("Changed")
                .setAutoWidth(true);
        policyGrid.setAllRowsVisible(true);
        policyGrid.setEmptyStateText("No retention policy: candidates' data is kept until an admin erases it.");
        policyGrid.addItemClickListener(click -> new RetentionPolicyDialog(policies, click.getItem(), saved -> refresh()).open());
        Button add = new Button("Add a policy…", VaadinIcon.PLUS.create(), click -> new RetentionPolicyDialog(policies, null,
                saved -> refresh()).open());
        add.setId("add-retention-policy");
        add(new H3("Retention policies"), new Paragraph("The data of a candidate with no application in the running or hired, and no "
                + "talent-pool consent that holds, is erased once their country's policy (or every other country's) no longer allows "
                + "keeping it. Click a policy to change it."), policyGrid, add);
    }

    private void runsSection() {
        runGrid.setId("retention-runs");
        runGrid.addColumn(run -> UserTime.dateTime(run.startedAt())).setHeader("Ran").setAutoWidth(true);
        runGrid.addColumn(RetentionRunView::startedBy).setHeader("By").setAutoWidth(true);
        runGrid.addColumn(RetentionRunView::summary).setHeader("What it did").setFlexGrow(1);
        runGrid.setItemDetailsRenderer(new ComponentRenderer<>(run -> new Pre(run.report().isEmpty() ? "Nothing to do." : run.report())));
        runGrid.setAllRowsVisible(true);
        runGrid.setEmptyStateText("The policies have not run yet.");
        Button runNow = new Button("Run the retention policies now", VaadinIcon.PLAY.create(), click -> {
            RetentionRunView run = retention.run();
            Toasts.done("Retention run: " + run.summary());
            refresh();
            // The listed run is read back from the database (its times to the microsecond): open that one.
            runGrid.getListDataView().getItems().filter(listed -> listed.id() == run.id()).findFirst()
                    .ifPresent(listed -> runGrid.setDetailsVisible(listed, true));
        });
        runNow.setId("run-retention");
        runNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3("Retention runs"), new Paragraph("The policies run every night by themselves; the latest 20 runs are listed. "
                + "Click a run for what it did to whom."), runNow, runGrid);
    }

    private void refresh() {
        noticeGrid.setItems(notices.current());
        policyGrid.setItems(policies.all());
        runGrid.setItems(retention.latestRuns());
    }
}
