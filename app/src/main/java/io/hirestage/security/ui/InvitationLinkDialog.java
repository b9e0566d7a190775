package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.security.Invitation;

/** Shows an invitation's one-time link, once, for the admin to pass on. */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(Invitation invitation) {
        setHeaderTitle("Invitation for " + invitation.user().fullName());
        setWidth("40rem");
        setMaxWidth("100%");
        TextField link = new TextField("One-time link");
        link.setValue(invitation.link().toString());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invitation-link");
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), click -> {
            click.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", link.getValue()));
            Toasts.done("Link copied");
        });
        HorizontalLayout row = new HorizontalLayout(link, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(link);
        add(new Paragraph("Pass this link on to " + invitation.user().fullName() + " (" + invitation.user().email() + "). "
                        + "It lets them choose their password once, until " + UserTime.dateTime(invitation.expiresAt()) + ". "
                        + "The portal sends no email yet, so it cannot mail it; it keeps no copy, so this is the only time it is shown."),
                row);
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
