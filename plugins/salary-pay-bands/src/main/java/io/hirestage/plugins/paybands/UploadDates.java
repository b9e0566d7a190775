package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.ProviderStorage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The date the loaded file came in, kept in the portal's storage. The portal hands the provider its
 * settings again at every start, so the day {@code configure} runs is not the upload date; the date
 * is kept with a fingerprint of the file and stays as long as the same file is loaded.
 */
final class UploadDates {

    static final String KEY = "loaded-file";

    private UploadDates() {
    }

    /** When this file was first loaded; today for a file not seen before (which becomes the one remembered). */
    static LocalDate of(String fileText, ProviderStorage storage, Clock clock) {
        String fingerprint = fingerprint(fileText);
        Optional<LocalDate> known = storage.get(KEY).filter(stored -> stored.startsWith(fingerprint + " "))
                .flatMap(stored -> date(stored.substring(fingerprint.length() + 1)));
        if (known.isPresent()) {
            return known.get();
        }
        LocalDate today = LocalDate.now(clock);
        storage.put(KEY, fingerprint + " " + today);
        return today;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
