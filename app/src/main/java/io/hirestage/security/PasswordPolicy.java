package io.hirestage.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for passwords, used by the user form, the service and the first-admin check.
 * Length matters most (NIST SP 800-63B); the mix and the common-password list stop the obvious.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "administrator",
            "hirestage123", "letmein12345", "welcome12345", "changeme1234", "password123!");

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in words for the person typing it; empty when it is fine. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        boolean hasLetter = password.chars().anyMatch(Character::isLetter);
        boolean hasOther = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            return Optional.of("Mix letters with digits or symbols");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is too common; choose another");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name");
        }
        return Optional.empty();
    }
}
