package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.hirestage.base.ui.CopyableText;
import io.hirestage.base.ui.UserTime;
import io.hirestage.mail.MailOutcome;
import io.hirestage.security.Invitation;

/**
 * Says how an invitation reaches the person: emailed, or, when the portal sends no email or sending
 * failed, the one-time link shown once for the admin to pass on.
 */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(Invitation invitation, MailOutcome mailed) {
        String who = invitation.user().fullName();
        String until = UserTime.dateTime(invitation.expiresAt());
        setHeaderTitle("Invitation for " + who);
        setWidth("40rem");
        setMaxWidth("100%");
        Paragraph said = new Paragraph();
        said.setId("invitation-outcome");
        add(said);
        String passItOn = "Pass this link on to " + who + " (" + invitation.user().email() + "). It lets them choose their password once, until "
                + until + ". The portal keeps no copy, so this is the only time it is shown.";
        switch (mailed) {
            case MailOutcome.Sent sent -> said.setText("Emailed the invitation to " + sent.to() + ". Its link lets " + who
                    + " choose their password once, until " + until + ".");
            case MailOutcome.NotConfigured notConfigured -> {
                said.setText("The portal sends no email (no mail server is configured), so it could not mail the link. " + passItOn);
                add(link(invitation));
            }
            case MailOutcome.Failed failed -> {
                said.setText("The invitation could not be emailed: " + failed.reason() + ". " + passItOn);
                add(link(invitation));
            }
        }
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private static CopyableText link(Invitation invitation) {
        return new CopyableText("One-time link", invitation.link().toString(), "Link").withId("invitation-link");
    }
}
