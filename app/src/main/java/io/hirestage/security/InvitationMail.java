package io.hirestage.security;

import io.hirestage.mail.MailOutcome;
import io.hirestage.mail.Mailer;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Emails an invitation's one-time link to the person invited, when a mail server is configured. */
@Component
public class InvitationMail {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final UserDirectory users;

    InvitationMail(Mailer mailer, UserDirectory users) {
        this.mailer = mailer;
        this.users = users;
    }

    /** Sends it after the invitation was saved; the admin sees the outcome and passes the link on by hand when it was not sent. */
    @RolesAllowed("ADMIN")
    public MailOutcome send(Invitation invitation) {
        User invited = invitation.user();
        return mailer.send(invited.email(), "Your Hirestage account", """
                Hello %s,

                %s has made you a Hirestage account, the portal where we hire.
                Your user name is %s. Choose your password here:

                %s

                The link works once, until %s. If it has expired, ask an admin for a new one.
                If you did not expect this email, ignore it: nothing happens until the link is used.
                """.formatted(invited.fullName(), users.currentUserName(), invited.username(), invitation.link(),
                UNTIL.format(invitation.expiresAt())));
    }
}
