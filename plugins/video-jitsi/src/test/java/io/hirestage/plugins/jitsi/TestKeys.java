package io.hirestage.plugins.jitsi;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** Keys as an admin would paste them: made once per test run, since RSA key pairs take a moment to make. */
final class TestKeys {

    static final String JAAS_APP_ID = "vpaas-magic-cookie-1fc542a3e4414a44b2611668195e2bfe";
    static final String JAAS_KEY_ID = JAAS_APP_ID + "/4f4910";
    /** 40 characters: a self-hosted server's app secret. */
    static final String APP_SECRET = "s3cret-of-the-jitsi-server-0123456789abc";

    static final KeyPair JAAS_KEY = pair("RSA", 2048);
    static final KeyPair OTHER_RSA_KEY = pair("RSA", 2048);

    private TestKeys() {
    }

    static RSAPublicKey jaasPublicKey() {
        return (RSAPublicKey) JAAS_KEY.getPublic();
    }

    /** The JaaS private key as the PEM file the JaaS console hands out: PKCS#8, 64 characters a line. */
    static String jaasPrivateKeyPem() {
        return pem("PRIVATE KEY", JAAS_KEY.getPrivate());
    }

    static String pem(String kind, Key key) {
        return pem(kind, key.getEncoded());
    }

    static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + kind
                + "-----\n";
    }

    static KeyPair pair(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
