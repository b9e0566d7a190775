package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.base.ui.ProblemLine;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.plugin.OutboundRequestStatus;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.privacy.CandidateErasure;
import io.hirestage.privacy.PrivacyRejectedException;
import java.util.List;

/** Confirms the erasure of everything about a candidate, with the reason the audit trail keeps. */
class EraseCandidateDialog extends Dialog {

    EraseCandidateDialog(CandidateSummary candidate, CandidateErasure erasure) {
        setHeaderTitle("Erase all data about " + candidate.fullName());
        setWidth("36rem");
        TextField reason = new TextField("Why");
        reason.setPlaceholder("The candidate asked by email on 3 Dec");
        reason.setMaxLength(300);
        reason.setWidthFull();
        reason.setId("erasure-reason");
        ProblemLine problem = new ProblemLine("erasure-problem");
        add(new Paragraph("Their details, resume, consents and the notes about them are erased, and their name leaves the history "
                + "and the audit trail. Every vendor that was sent their data is asked to erase it too. An anonymous record stays for "
                + "statistics. This cannot be undone."), reason, problem);
        Button confirm = new Button("Erase", click -> {
            try {
                List<OutboundRequestView> vendors = erasure.erase(candidate.id(), reason.getValue());
                long byHand = vendors.stream().filter(vendor -> vendor.status() == OutboundRequestStatus.BY_HAND).count();
                long asked = vendors.size() - byHand;
                Toasts.done("Erased" + (asked == 0 ? "" : "; erasure asked of " + asked + (asked == 1 ? " vendor" : " vendors"))
                        + (byHand == 0 ? "" : "; erase at " + byHand + (byHand == 1 ? " vendor" : " vendors")
                        + " by hand, as the Privacy section lists"));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                close();
            } catch (PrivacyRejectedException e) {
                problem.show(e.getMessage());
            }
        });
        confirm.setId("confirm-erasure");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
