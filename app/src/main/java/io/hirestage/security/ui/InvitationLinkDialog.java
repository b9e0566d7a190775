package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.hirestage.base.ui.CopyableText;
import io.hirestage.base.ui.UserTime;
import io.hirestage.security.Invitation;

/** Shows an invitation's one-time link, once, for the admin to pass on. */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(Invitation invitation) {
        setHeaderTitle("Invitation for " + invitation.user().fullName());
        setWidth("40rem");
        setMaxWidth("100%");
        CopyableText link = new CopyableText("One-time link", invitation.link().toString(), "Link").withId("invitation-link");
        add(new Paragraph("Pass this link on to " + invitation.user().fullName() + " (" + invitation.user().email() + "). "
                        + "It lets them choose their password once, until " + UserTime.dateTime(invitation.expiresAt()) + ". "
                        + "The portal sends no email yet, so it cannot mail it; it keeps no copy, so this is the only time it is shown."),
                link);
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
