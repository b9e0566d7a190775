package io.hirestage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's email reaches a real SMTP server as sent, from the configured sender. */
class MailSendingTests extends WithMailServer {

    @Autowired
    Mailer mailer;

    @Test
    void anEmailArrivesWithItsSubjectTextAndSender() throws Exception {
        String to = UUID.randomUUID() + "@example.org";

        assertThat(mailer.send(to, "Your Hirestage account", "Hello Kim,\n\nwelcome.")).isEqualTo(new MailOutcome.Sent(to));

        MimeMessage received = mailTo(to).getFirst();
        assertThat(received.getSubject()).isEqualTo("Your Hirestage account");
        assertThat(received.getFrom()[0].toString()).isEqualTo("Hirestage <hirestage@localhost>");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo("Hello Kim,\n\nwelcome.");
    }

    @Test
    void aLineBreakInASubjectCannotAddAHeader() throws Exception {
        String to = UUID.randomUUID() + "@example.org";

        mailer.send(to, "Ada Lovelace\r\nBcc: eve@example.org", "Text");

        MimeMessage received = mailTo(to).getFirst();
        assertThat(received.getSubject()).isEqualTo("Ada Lovelace Bcc: eve@example.org");
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(mailTo("eve@example.org")).isEmpty();
    }
}
