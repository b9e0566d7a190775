package io.hirestage.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rule against guessing passwords: too many failed logins for one user name, or from one client
 * address, pause logins for it, the right password included. A name nobody has is counted and paused
 * exactly like a real one, so the pause tells nothing about which accounts exist. A successful login
 * clears its user name's failures, not its address's (or a guesser could clear them with an account
 * of their own). Counters live in this node's memory: with several nodes each counts on its own.
 */
@Component
class LoginThrottle {

    /** What a failure locked, to be recorded in the audit trail. */
    enum LockedKind { USER_NAME, ADDRESS }

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final FailedLogins byUsername;
    private final FailedLogins byAddress;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.byUsername = new FailedLogins(properties.maxFailuresPerUser(), properties.window(), properties.lockDuration());
        this.byAddress = new FailedLogins(properties.maxFailuresPerAddress(), properties.window(), properties.lockDuration());
    }

    /** Whether a login as this user name from this address is refused without looking at the password. */
    boolean refuses(String typedUsername, String address) {
        Instant now = clock.instant();
        return byUsername.isLocked(Usernames.canonical(typedUsername), now) || (address != null && byAddress.isLocked(address, now));
    }

    /** Counts a failed login; returns what it locked, if anything. */
    List<LockedKind> failed(String typedUsername, String address) {
        Instant now = clock.instant();
        List<LockedKind> locked = new ArrayList<>();
        if (byUsername.countFailure(Usernames.canonical(typedUsername), now)) {
            locked.add(LockedKind.USER_NAME);
        }
        if (address != null && byAddress.countFailure(address, now)) {
            locked.add(LockedKind.ADDRESS);
        }
        return locked;
    }

    void succeeded(String username) {
        byUsername.forget(Usernames.canonical(username));
    }

    int maxFailures(LockedKind kind) {
        return kind == LockedKind.USER_NAME ? properties.maxFailuresPerUser() : properties.maxFailuresPerAddress();
    }

    Duration window() {
        return properties.window();
    }

    Duration lockDuration() {
        return properties.lockDuration();
    }
}
