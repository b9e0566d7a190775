package io.hirestage.mail;

/** What became of an email, for the person who caused it to be sent. */
public sealed interface MailOutcome {

    /** The mail server accepted it. */
    record Sent(String to) implements MailOutcome {
    }

    /** No mail server is configured, so nothing was sent. */
    record NotConfigured() implements MailOutcome {
    }

    /** The mail server could not be reached or refused it; {@code reason} says why in plain words. */
    record Failed(String to, String reason) implements MailOutcome {
    }
}
