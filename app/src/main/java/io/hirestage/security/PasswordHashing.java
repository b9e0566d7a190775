package io.hirestage.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored. New hashes are Argon2id of the password's NFKC form, stored as
 * {@code {argon2-nfkc}$argon2id$...}: Argon2 takes any length, where bcrypt only reads 72 bytes.
 * Hashes from before are bare bcrypt ({@code $2a$...}, of the password as typed): they still verify,
 * and {@link PasswordHashUpgrade} replaces each with Argon2 at that user's next login.
 */
final class PasswordHashing {

    static final String ID = "argon2-nfkc";

    /** What bcrypt reads of a password; a longer one cannot be what a stored bcrypt hash was made from. */
    static final int BCRYPT_MAX_BYTES = 72;

    private PasswordHashing() {
    }

    static PasswordEncoder encoder() {
        // OWASP's first choice for Argon2id: 19 MiB, 2 iterations, 1 lane; 16-byte salt, 32-byte hash.
        PasswordEncoder argon2 = new Nfkc(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
        PasswordEncoder bcrypt = new LegacyBcrypt();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ID, Map.of(ID, argon2, "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    /** Hashes and checks the NFKC form, so the same password typed on another device still matches. */
    private record Nfkc(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword == null ? null : PasswordPolicy.normalise(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return delegate.matches(rawPassword == null ? null : PasswordPolicy.normalise(rawPassword), encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /** The bcrypt hashes stored before Argon2: checked as typed, never made any more. */
    private static final class LegacyBcrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("New passwords are hashed with Argon2");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            // bcrypt ignores what follows byte 72: without this, anything appended to such a password would match.
            return rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                    && bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
