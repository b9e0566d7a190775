package io.hirestage.plugins.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.hirestage.plugin.api.ProviderException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signs the JSON Web Token in each participant's join link, as Jitsi's token authentication reads
 * it: {@code iss}, {@code aud}, {@code sub}, {@code room}, {@code nbf}, {@code exp} and
 * {@code context.user} (name, email, and {@code moderator}: true for interviewers, false for the
 * candidate). A self-hosted server (Prosody's token module) checks HS256 with its app secret; JaaS
 * checks RS256 with the public half of the customer's API key, named by {@code kid}.
 *
 * <p>Tokens carry no issue time or id, so the same participant, room and times give the same token:
 * a repeated booking hands out the same links.
 */
final class MeetingTokens {

    /** Participants may open their link this long before the start, to try their camera and microphone. */
    static final int EARLY_JOIN_MINUTES = 30;

    /**
     * Switched off in every token, so that no recording, stream or transcript of an interview is
     * left at the server: JaaS, and a self-hosted server that reads features from tokens, then offer
     * them to nobody, moderators included.
     */
    private static final Map<String, Object> FEATURES = Map.of("recording", false, "livestreaming", false, "transcription", false);

    private final JWSHeader header;
    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final String issuer;
    private final String audience;
    private final String subject;
    private final String keyLabel;

    private MeetingTokens(JWSHeader header, JWSSigner signer, JWSVerifier verifier, String issuer, String audience, String subject,
                          String keyLabel) {
        this.header = header;
        this.signer = signer;
        this.verifier = verifier;
        this.issuer = issuer;
        this.audience = audience;
        this.subject = subject;
        this.keyLabel = keyLabel;
    }

    /**
     * Tokens for a self-hosted Jitsi server: HS256 with its app secret, {@code iss} = its app id,
     * {@code sub} = its domain.
     *
     * @throws ProviderException when the secret is shorter than HS256 allows
     */
    static MeetingTokens selfHosted(String appId, String audience, String domain, byte[] secret, String secretLabel) {
        try {
            return new MeetingTokens(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), new MACSigner(secret),
                    new MACVerifier(secret), appId, audience, domain, secretLabel);
        } catch (JOSEException e) {
            throw new ProviderException(secretLabel + " is too short for HS256: use at least 32 characters", false, e);
        }
    }

    /**
     * Tokens for JaaS: RS256 with the API key's private key, {@code kid} = the API key id,
     * {@code iss} = "chat", {@code aud} = "jitsi", {@code sub} = the AppID, as 8x8 documents them.
     *
     * @throws ProviderException when the key cannot sign
     */
    static MeetingTokens jaas(String appId, String keyId, RSAPrivateCrtKey privateKey, String keyLabel) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new MeetingTokens(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build(),
                    new RSASSASigner(privateKey), new RSASSAVerifier(publicKey), "chat", "jitsi", appId, keyLabel);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ProviderException(keyLabel + " cannot sign: " + e.getClass().getSimpleName() + "; paste the key again or create "
                    + "a new API key in the JaaS console", false, e);
        }
    }

    /** The token for one participant of one room, valid from {@code notBefore} until {@code expires}. */
    String sign(String room, String name, String email, boolean moderator, Instant notBefore, Instant expires) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", name);
        user.put("email", email);
        user.put("moderator", moderator);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject).claim("room", room)
                .notBeforeTime(Date.from(notBefore)).expirationTime(Date.from(expires))
                .claim("context", Map.of("user", user, "features", FEATURES)).build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new ProviderException(keyLabel + " cannot sign join links (" + rootCauseName(e) + "); paste it again, or make a new "
                    + "one", false, e);
        }
        return token.serialize();
    }

    /**
     * What keeps this key from signing links Jitsi accepts, if anything: signs a token for a room
     * nobody uses and checks it with the key's own public half (or the secret), as the server would.
     */
    Optional<String> problemSigning(Instant now) {
        try {
            String token = sign("hirestage-key-check", "Key check", "key-check@hirestage.invalid", false, now, now.plusSeconds(60));
            return SignedJWT.parse(token).verify(verifier) ? Optional.empty()
                    : Optional.of(keyLabel + " signs join links that its own public part does not accept: it is damaged; paste it again, "
                    + "or make a new one");
        } catch (ProviderException e) {
            return Optional.of(e.getMessage());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.of(keyLabel + " cannot sign join links (" + rootCauseName(e) + "); paste it again, or make a new one");
        }
    }

    /** The kind of the deepest cause, for the message: an exception's own text is not shown, in case it quotes the key. */
    private static String rootCauseName(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
