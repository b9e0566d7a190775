package io.hirestage.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text email through the configured mail server. Spring Boot configures the server from
 * {@code spring.mail.*} and only when {@code spring.mail.host} is set; without it the portal works and
 * says that it sends no email. Sending waits for the server (within the timeouts in
 * application.properties), so callers send after their transaction, never inside it.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> server;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> server, @Value("${hirestage.mail.from:Hirestage <hirestage@localhost>}") String from) {
        this.server = server;
        this.from = from;
    }

    /** Whether a mail server is configured, so that features offer what needs one. */
    public boolean configured() {
        return server.getIfAvailable() != null;
    }

    /**
     * Sends one email to one person. Line breaks and other control characters in the subject are made
     * spaces: a subject carries names people typed, and a line break there would start a new header.
     */
    public MailOutcome send(String to, String subject, String text) {
        JavaMailSender sender = server.getIfAvailable();
        if (sender == null) {
            return new MailOutcome.NotConfigured();
        }
        try {
            new InternetAddress(to, true).validate();
        } catch (AddressException e) {
            return new MailOutcome.Failed(to, "\"" + to + "\" is not an email address that can be written to");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject.replaceAll("\\p{Cntrl}+", " ").strip());
        message.setText(text);
        try {
            sender.send(message);
            return new MailOutcome.Sent(to);
        } catch (MailAuthenticationException e) {
            log.warn("The mail server refused the portal's user name or password: {}", e.getMessage());
            return new MailOutcome.Failed(to, "the mail server refused the portal's user name or password");
        } catch (MailSendException e) {
            log.warn("Sending an email to {} failed: {}", to, e.getMessage());
            return new MailOutcome.Failed(to, "the mail server could not be reached or refused the message");
        } catch (MailException e) {
            log.warn("Sending an email to {} failed: {}", to, e.getMessage());
            return new MailOutcome.Failed(to, "sending failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
