package io.hirestage.security;

import io.hirestage.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Takes every login's outcome from Spring Security's authentication events: counts failures for the
 * {@link LoginThrottle} and writes each attempt, and each lock it starts, to the audit trail (the user
 * name as typed, the client address, the outcome; the time comes with the line; never the password).
 */
@Component
class LoginOutcomes {

    static final String AUDIT_TYPE = "Login";

    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    LoginOutcomes(LoginThrottle throttle, AuditLog auditLog) {
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        throttle.succeeded(authentication.getName());
        auditLog.recordEvent(authentication.getName(), AUDIT_TYPE, authentication.getName(), "succeeded",
                "Logged in from " + addressOf(authentication));
    }

    /**
     * Every kind of failure counts, a disabled account's too: were it not counted, a name that never
     * gets paused would give away that it belongs to a disabled account.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginsPausedException) {
            return;
        }
        Authentication attempt = event.getAuthentication();
        String typed = asTyped(attempt.getName());
        String address = addressOf(attempt);
        auditLog.recordEvent(AuditLog.ANONYMOUS, AUDIT_TYPE, typed, "failed", "From " + address + ": " + reason(event));
        for (LoginThrottle.LockedKind locked : throttle.failed(attempt.getName(), LoginThrottleCheck.clientAddress(attempt))) {
            recordLock(locked, typed, address);
        }
    }

    private void recordLock(LoginThrottle.LockedKind locked, String typed, String address) {
        String failures = throttle.maxFailures(locked) + " failed logins within " + LoginThrottleProperties.inWords(throttle.window());
        String paused = "paused for " + LoginThrottleProperties.inWords(throttle.lockDuration());
        if (locked == LoginThrottle.LockedKind.USER_NAME) {
            auditLog.recordEvent(AuditLog.ANONYMOUS, AUDIT_TYPE, typed, "user name locked",
                    failures + " (the last from " + address + "): logins as this user name are " + paused);
        } else {
            auditLog.recordEvent(AuditLog.ANONYMOUS, AUDIT_TYPE, address, "address locked",
                    failures + " from " + address + " (the last as " + typed + "): logins from this address are " + paused);
        }
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException()) {
            case BadCredentialsException wrong -> "wrong user name or password";
            case DisabledException disabled -> "the account is disabled";
            case Exception other -> "refused (" + other.getClass().getSimpleName() + ")";
        };
    }

    private static String addressOf(Authentication authentication) {
        String address = LoginThrottleCheck.clientAddress(authentication);
        return address == null ? "an unknown address" : address;
    }

    /** What was typed, with control characters made visible, so a line of the trail stays one line. */
    private static String asTyped(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "(empty)";
        }
        return typed.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
