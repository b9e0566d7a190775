package io.hirestage.security;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused by the {@link LoginThrottle} before its password was looked at. Spring Security
 * publishes no event for it, so a refused try is neither counted again nor written to the audit trail
 * (a guesser could otherwise fill the trail while paused); the lock itself is recorded once.
 */
class LoginsPausedException extends LockedException {

    LoginsPausedException() {
        super("Too many failed logins: logins are paused for a while");
    }
}
