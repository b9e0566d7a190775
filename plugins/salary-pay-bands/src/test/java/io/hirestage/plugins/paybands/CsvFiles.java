package io.hirestage.plugins.paybands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CSV files under src/test/resources, as the portal hands a TEXT_FILE setting over: the whole
 * text, with its byte order mark and line ends.
 */
final class CsvFiles {

    private CsvFiles() {
    }

    static String read(String name) {
        try (InputStream in = CsvFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Test file " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example shipped in the plugin's jar for admins to start from. */
    static String shippedExample() {
        return read("/io/hirestage/plugins/paybands/example-pay-bands.csv");
    }
}
