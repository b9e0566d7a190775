package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JaaS private key an admin pasted: a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}),
 * with or without its line breaks, since a password field drops them. Every other thing an admin
 * might paste instead (the public key, a certificate, an older PKCS#1 or a password-protected key, an
 * EC key, a short key) gets a message that says what it is and what to paste instead.
 */
final class PrivateKeyPem {

    /** RS256 with a shorter key is forbidden by RFC 7518 (section 3.3), and 8x8 makes 2048-bit keys. */
    static final int MIN_RSA_BITS = 2048;
    /** A 16384-bit key in PEM is under 13,000 characters; anything longer is not a key. */
    private static final int MAX_LENGTH = 20_000;

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private PrivateKeyPem() {
    }

    /**
     * The RSA private key in the setting.
     *
     * @param label the setting's label, named in every message
     * @throws ProviderException naming the setting and what to paste instead
     */
    static RSAPrivateCrtKey read(String value, String label) {
        String text = value.strip();
        if (text.length() > MAX_LENGTH) {
            throw refused(label, "is too long to be a private key; paste the PEM file you downloaded from the JaaS console");
        }
        byte[] der = decodeBase64(bodyOf(text, label), label);
        PrivateKey key = parse(der, label);
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw refused(label, "is not an RSA key but " + key.getAlgorithm() + "; JaaS signs with RSA keys (RS256): paste the RSA private key "
                    + "of your API key");
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_RSA_BITS) {
            throw refused(label, "has only " + bits + " bits; RS256 needs at least " + MIN_RSA_BITS + ": create a new API key in the JaaS console");
        }
        return rsa;
    }

    /** The base64 text between the PKCS#8 header and footer, or the whole text when it has none. */
    private static String bodyOf(String text, String label) {
        Matcher pem = PEM.matcher(text);
        if (!pem.find()) {
            if (text.contains("-----")) {
                throw refused(label, "is not a whole PEM file: paste everything from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----");
            }
            return text;
        }
        String kind = pem.group(1);
        return switch (kind) {
            case "PRIVATE KEY" -> pem.group(2);
            case "ENCRYPTED PRIVATE KEY" -> throw refused(label, "is protected by a password; export it without one "
                    + "(openssl pkcs8 -topk8 -nocrypt -in key.pem) and paste that");
            case "RSA PRIVATE KEY" -> throw refused(label, "is in the older PKCS#1 form; convert it to PKCS#8 "
                    + "(openssl pkcs8 -topk8 -nocrypt -in key.pem) and paste that");
            case "PUBLIC KEY", "RSA PUBLIC KEY" -> throw refused(label, "is a public key; paste the private key you downloaded "
                    + "when you created the API key (JaaS keeps only the public one)");
            case "CERTIFICATE" -> throw refused(label, "is a certificate; paste the private key (-----BEGIN PRIVATE KEY-----)");
            case "OPENSSH PRIVATE KEY" -> throw refused(label, "is an SSH key; paste the private key of your JaaS API key");
            default -> throw refused(label, "holds a " + kind.toLowerCase(Locale.ROOT)
                    + "; paste the private key of your JaaS API key (-----BEGIN PRIVATE KEY-----)");
        };
    }

    private static PrivateKey parse(byte[] der, String label) {
        // The PKCS#8 structure names its algorithm; try the ones a key file may hold, RSA first.
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448", "DSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException e) {
                // Not this algorithm, or not a key at all: try the next one.
            }
        }
        throw refused(label, "is not a private key that can be read; paste the PEM file you downloaded from the JaaS console "
                + "(-----BEGIN PRIVATE KEY----- …)");
    }

    private static ProviderException refused(String label, String what) {
        return new ProviderException(label + " " + what, false);
    }

    /** Base64 with any white space in it, as a pasted key has line breaks or, from a password field, none. */
    private static byte[] decodeBase64(String body, String label) {
        String compact = body.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            throw refused(label, "is empty between its header and footer; paste the whole PEM file");
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw refused(label, "is not a PEM file: its text is not base64 (expected -----BEGIN PRIVATE KEY----- and lines of letters "
                    + "and digits)");
        }
    }
}
