package io.hirestage.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for passwords, used by the user form, the own-account page, the service and the
 * first-admin check. It follows NIST SP 800-63B: length and a list of known passwords, no rules on
 * the mix of letters, digits and symbols. Any script is fine; length counts characters (code points)
 * of the NFKC form, which is also the form that is hashed (see {@link PasswordHashing}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Far above what anyone types; it keeps the guessing estimate and the hashing cheap. */
    public static final int MAX_LENGTH = 128;

    /** The rule in a sentence, shown under every field where a new password is typed. */
    public static final String HINT = MIN_LENGTH + " to " + MAX_LENGTH
            + " characters in any script, not a common password. A few unrelated words make a strong one";

    static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters";
    static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters";
    static final String CONTAINS_USERNAME = "The password must not contain the user name";

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in words for the person typing it; empty when it is fine. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null) {
            return Optional.of(TOO_SHORT);
        }
        String normalised = normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && normalised.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of(CONTAINS_USERNAME);
        }
        return PasswordGuessing.problemWith(normalised, name);
    }

    /**
     * The form that is checked and hashed: NFKC, as NIST SP 800-63B suggests, so the same password
     * typed on another keyboard or device (composed or decomposed accents, full-width letters, a
     * no-break space) still matches.
     */
    static String normalise(CharSequence password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}
