package io.hirestage.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins pause further logins, and for how long ({@code hirestage.login-throttle.*}).
 * An address gets more tries than a user name because an office shares one address.
 *
 * @param maxFailuresPerUser    failures of one user name within {@code window} that pause it
 * @param maxFailuresPerAddress failures from one client address within {@code window} that pause it
 * @param window                how far back failures count
 * @param lockDuration          how long logins stay paused
 */
@ConfigurationProperties("hirestage.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
                                      @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {

    /** The pause as the login page and the audit trail say it: "15 minutes". */
    public String lockDurationInWords() {
        return inWords(lockDuration);
    }

    static String inWords(Duration duration) {
        if (duration.toSecondsPart() == 0 && duration.toMinutes() > 0) {
            long minutes = duration.toMinutes();
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return duration.toSeconds() == 1 ? "1 second" : duration.toSeconds() + " seconds";
    }
}
