package io.hirestage.plugin;

import io.hirestage.base.PortalAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each invitation's own callback URL ({@code /hooks/{provider}/callbacks/{token}}), for vendors that
 * call when something changed rather than sign webhooks. The token names the invitation's request
 * and carries the portal's signature of it, so it cannot be guessed or made up and needs no table.
 * A call to it, whatever its method and body, only makes the portal ask the provider for the status
 * now: the body is never read, so an unsigned call can hurry a check but never change a result.
 */
@Component
public class VendorCallbacks {

    /** The signature's length in the token: 128 bits of HMAC-SHA256. */
    private static final int SIGNATURE_BYTES = 16;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,400}\\.[A-Za-z0-9_-]{22}");

    private final SecretCipher signer;
    private final VendorInvitationRepository invitations;
    private final Clock clock;
    private final PortalAddress portal;

    VendorCallbacks(SecretCipher signer, VendorInvitationRepository invitations, Clock clock,
                    PortalAddress portal) {
        this.signer = signer;
        this.invitations = invitations;
        this.clock = clock;
        this.portal = portal;
    }

    /** The callback URL of the invitation that the request with this key sends through this provider. */
    public URI urlFor(String providerId, String requestKey) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString(requestKey.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(signature(providerId,
                requestKey));
        return portal.link("hooks/" + providerId + "/callbacks/" + token);
    }

    /**
     * A vendor called the URL: when the token is the portal's and the invitation is followed, its
     * status is checked at once. Empty for a token the portal did not make, or for another provider.
     */
    @Transactional
    Optional<String> called(String providerId, String token) {
        return requestKeyOf(providerId, token).map(requestKey -> {
            invitations.findByRequestKey(requestKey).filter(invitation -> invitation.getProviderId().equals(providerId))
                    .ifPresent(invitation -> invitation.checkNow(clock.instant()));
            return requestKey;
        });
    }

    private Optional<String> requestKeyOf(String providerId, String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        try {
            String requestKey = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, signature(providerId, requestKey)) ? Optional.of(requestKey) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] signature(String providerId, String requestKey) {
        return Arrays.copyOf(signer.sign("callback\n" + providerId + "\n" + requestKey), SIGNATURE_BYTES);
    }
}
