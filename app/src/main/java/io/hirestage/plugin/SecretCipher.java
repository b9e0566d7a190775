package io.hirestage.plugin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secret provider settings at rest with AES-256-GCM under the key in
 * {@code hirestage.secrets.key} (base64 of 32 bytes; {@code HIRESTAGE_SECRETS_KEY}). A stored value
 * is {@code v1:} followed by base64 of the 12-byte nonce and the ciphertext with its tag, so a
 * tampered value or a wrong key fails loudly instead of yielding garbage. It also signs what the
 * portal hands out and must recognise later (the callback URLs of vendor invitations), with an
 * HMAC-SHA256 key derived from the same secret, never the encryption key itself.
 */
@Component
class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKey signingKey;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(@Value("${hirestage.secrets.key:}") String base64Key) {
        if (base64Key.isBlank()) {
            throw new IllegalStateException("Set HIRESTAGE_SECRETS_KEY (hirestage.secrets.key) to the base64 of 32 random bytes, "
                    + "for example the output of: head -c 32 /dev/urandom | base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("HIRESTAGE_SECRETS_KEY is not valid base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("HIRESTAGE_SECRETS_KEY must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.signingKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, "HmacSHA256"), "hirestage signing key v1"), "HmacSHA256");
    }

    /** The HMAC-SHA256 of the message under the portal's signing key. */
    byte[] sign(String message) {
        return hmac(signingKey, message);
    }

    private static byte[] hmac(SecretKey with, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(with);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A stored secret is not in the expected format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted: was HIRESTAGE_SECRETS_KEY changed?", e);
        }
    }
}
