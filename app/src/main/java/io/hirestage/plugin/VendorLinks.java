package io.hirestage.plugin;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which links from a vendor the portal puts in front of people: {@code https} only, and
 * {@code http} to this machine (the sandboxes and mock vendors of a local run). A vendor's
 * {@code javascript:} or {@code data:} "report" would run in the recruiter's session, and a plain
 * {@code http} one leaks the recording or report to the network.
 */
public final class VendorLinks {

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");

    private VendorLinks() {
    }

    public static boolean allowed(URI link) {
        if (link == null || !link.isAbsolute() || link.isOpaque() || link.getHost() == null || link.getRawUserInfo() != null) {
            return false;
        }
        String scheme = link.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") && THIS_MACHINE.contains(link.getHost().toLowerCase(Locale.ROOT));
    }

    /** The same rule for a link stored as text. */
    public static boolean allowed(String link) {
        try {
            return link != null && allowed(new URI(link));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Why the portal refuses this link, if it does; {@code what} names it for the admin, e.g. "report link". */
    static Optional<String> problemWith(URI link, String what) {
        return link == null || allowed(link) ? Optional.empty()
                : Optional.of("The vendor's " + what + " is not an https address: " + abbreviated(link.toString()));
    }

    private static String abbreviated(String link) {
        return link.length() <= 80 ? link : link.substring(0, 80) + "…";
    }
}
