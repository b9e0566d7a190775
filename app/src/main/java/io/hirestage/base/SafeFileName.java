package io.hirestage.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a file uploaded by someone else is stored, shown and downloaded under. The name comes
 * from the uploader's machine, so it may carry a path, quotes and semicolons that end a
 * {@code Content-Disposition} header early ({@code cv.exe"; x=".txt} saved as {@code cv.exe}),
 * line breaks that split it, or right-to-left marks that show {@code cv‮fdp.exe} as {@code cvexe.pdf}.
 * What is left is plain text with its extension, at most {@link #MAX_LENGTH} characters.
 */
public final class SafeFileName {

    public static final int MAX_LENGTH = 150;

    /** Controls (line breaks, NUL), and the invisible marks that reorder or hide text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    /** Characters with a meaning in headers or file systems. */
    private static final Pattern SPECIAL = Pattern.compile("[\"\\\\/:*?<>|;%]");

    private SafeFileName() {
    }

    /**
     * @param fallback the name used when nothing is left, e.g. {@code resume}
     */
    public static String of(String uploaded, String fallback) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = SPECIAL.matcher(name).replaceAll("_").strip();
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        return shortened(name);
    }

    /** Cuts the middle of a long name, keeping its extension and whole characters (never half a surrogate pair). */
    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
