package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.hirestage.base.ui.Attachment;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.candidate.CandidateDataExport;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.plugin.OutboundRequestStatus;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.privacy.CandidateErasure;
import io.hirestage.privacy.ConsentView;
import io.hirestage.privacy.Consents;
import io.hirestage.privacy.PrivacyRejectedException;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's consents (recorded with how and when, withdrawn on request) and, for admins, the
 * download of everything held about them and their erasure; for an erased candidate, where the
 * erasure stands at each vendor.
 */
class CandidatePrivacy extends VerticalLayout {

    private final CandidateSummary candidate;
    private final Consents consents;
    private final Grid<ConsentView> grid = new Grid<>(ConsentView.class, false);

    CandidatePrivacy(CandidateSummary candidate, Consents consents, CandidateDataExport export, CandidateErasure erasure) {
        this.candidate = candidate;
        this.consents = consents;
        setPadding(false);
        boolean admin = CurrentUser.roles().contains(Role.ADMIN);
        if (candidate.erased()) {
            if (admin) {
                add(vendorErasures(erasure));
            }
            return;
        }
        grid.setId("consents");
        grid.addColumn(consent -> consent.purpose().displayName()).setHeader("Consent to").setAutoWidth(true);
        grid.addColumn(consent -> UserTime.date(consent.givenAt())).setHeader("Given").setAutoWidth(true);
        grid.addColumn(ConsentView::source).setHeader("How").setFlexGrow(1);
        grid.addColumn(ConsentView::notice).setHeader("Notice shown").setAutoWidth(true);
        grid.addColumn(CandidatePrivacy::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(consent -> {
            Button withdraw = new Button("Withdraw", click -> withdraw(consent));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.setVisible(consent.withdrawnAt() == null);
            return withdraw;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No consent recorded.");
        Button record = new Button("Record consent…", click -> new RecordConsentDialog(candidate, consents, recorded -> refresh()).open());
        record.setId("record-consent");
        add(grid, record);
        refresh();
        if (admin) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> Attachment.of(event,
                    "candidate-" + candidate.id() + "-data.zip", "application/zip", export.export(candidate.id()))),
                    "Export everything held about " + candidate.fullName() + " (zip)");
            download.setId("export-candidate-data");
            Button erase = new Button("Erase all data about " + candidate.fullName() + "…",
                    click -> new EraseCandidateDialog(candidate, erasure).open());
            erase.setId("erase-candidate");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Optional<String> inTheWay = erasure.whatStandsInTheWay(candidate.id());
            erase.setEnabled(inTheWay.isEmpty());
            Paragraph why = new Paragraph(inTheWay.orElse("Their request to see their data (Art. 15, 20) or to be forgotten (Art. 17)."));
            why.setId("erasure-note");
            why.addClassName("hint");
            add(new HorizontalLayout(download), new HorizontalLayout(erase), why);
        }
    }

    private void withdraw(ConsentView consent) {
        try {
            consents.withdraw(consent.id());
            Toasts.done("Recorded that " + candidate.fullName() + " withdrew the consent");
        } catch (PrivacyRejectedException e) {
            Toasts.refused(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(consents.of(candidate.id()));
    }

    private static String state(ConsentView consent) {
        if (consent.withdrawnAt() != null) {
            return "Withdrawn " + UserTime.date(consent.withdrawnAt());
        }
        return (consent.holds() ? "Holds until " : "Expired ") + UserTime.date(consent.expiresAt());
    }

    /** Where each vendor's erasure stands; one the vendor's API cannot do is marked done here once the admin did it by hand. */
    private Grid<OutboundRequestView> vendorErasures(CandidateErasure erasure) {
        Grid<OutboundRequestView> grid = new Grid<>(OutboundRequestView.class, false);
        grid.setId("vendor-erasures");
        grid.addColumn(OutboundRequestView::providerId).setHeader("Vendor").setAutoWidth(true);
        grid.addColumn(request -> request.operation().displayName()).setHeader("Request").setAutoWidth(true);
        grid.addColumn(request -> switch (request.status()) {
            case PENDING -> "Being sent" + (request.lastError() == null ? "" : " (last try: " + request.lastError() + ")");
            case SUCCEEDED -> "Done " + UserTime.dateTime(request.completedAt());
            case FAILED -> "Failed: " + request.lastError() + " (an admin retries it under Plugins)";
            case BY_HAND -> "Erase at the vendor by hand: " + request.lastError();
        }).setHeader("Where it stands").setFlexGrow(1);
        grid.addComponentColumn(request -> {
            Button done = new Button("Erased at the vendor", click -> {
                try {
                    grid.setItems(erasure.erasedAtVendorByHand(candidate.id(), request.idempotencyKey()));
                    Toasts.done("Recorded as erased at " + request.providerId() + "; the address kept for it is forgotten");
                } catch (PrivacyRejectedException e) {
                    Toasts.refused(e.getMessage());
                }
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.getElement().setAttribute("data-request", request.idempotencyKey());
            done.setVisible(request.status() == OutboundRequestStatus.BY_HAND);
            return done;
        }).setAutoWidth(true);
        grid.setItems(erasure.vendorErasures(candidate.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No vendor was sent their data.");
        return grid;
    }
}
