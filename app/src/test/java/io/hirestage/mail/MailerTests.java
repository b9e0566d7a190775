package io.hirestage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What a person is told when email cannot go out; the sending itself is tested against GreenMail ({@link WithMailServer}). */
class MailerTests {

    @Test
    void withoutAMailServerNothingIsSentAndItSaysSo() {
        Mailer mailer = new Mailer(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), "Hirestage <h@localhost>");

        assertThat(mailer.configured()).isFalse();
        assertThat(mailer.send("kim@example.org", "Hello", "Text")).isEqualTo(new MailOutcome.NotConfigured());
    }

    @Test
    void aMailServerThatDoesNotAnswerIsReportedInPlainWords() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(closedPort);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", server);
        Mailer mailer = new Mailer(beans.getBeanProvider(JavaMailSender.class), "Hirestage <h@localhost>");

        assertThat(mailer.configured()).isTrue();
        assertThat(mailer.send("kim@example.org", "Hello", "Text"))
                .isEqualTo(new MailOutcome.Failed("kim@example.org", "the mail server could not be reached or refused the message"));
        assertThat(mailer.send("not an address", "Hello", "Text"))
                .isEqualTo(new MailOutcome.Failed("not an address", "\"not an address\" is not an email address that can be written to"));
    }
}
