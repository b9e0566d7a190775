package io.hirestage.plugins.oneway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Rules for text that comes from the vendor or goes into its URLs. Everything the vendor sends is
 * taken as hostile: ids are held to a plain alphabet before they become part of a URL or a storage
 * key, and vendor text is cleaned and cut before it appears in a message an admin reads.
 */
final class VendorText {

    /**
     * What a participant, template or event id may look like: letters, digits and {@code . _ : -},
     * starting with a letter or digit. No slash, so an id can never leave its place in a URL path.
     */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]+");

    private VendorText() {
    }

    /** Whether the id is safe to put into a URL path and a storage key. */
    static boolean isSafeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    /** Vendor text made fit for a message: control characters become spaces, and it is cut at {@code max} characters. */
    static String shown(String vendorText, int max) {
        String clean = UNPRINTABLE.matcher(vendorText).replaceAll(" ").strip();
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }

    /** The SHA-256 of the text in hex: a storage key of fixed length for text of any length. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
