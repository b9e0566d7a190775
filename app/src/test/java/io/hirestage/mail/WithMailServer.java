package io.hirestage.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests of the portal with a mail server configured: GreenMail, a real SMTP server on a free port,
 * one for the whole run so that these tests share one Spring context. Each test reads the mail of
 * its own, unique recipients.
 */
@SpringBootTest
public abstract class WithMailServer extends SpringBrowserlessTest {

    private static final GreenMail MAIL_SERVER = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL_SERVER.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL_SERVER.getSmtp().getPort());
    }

    /** What the mail server received for this address, oldest first. */
    protected static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
