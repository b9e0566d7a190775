package io.hirestage.plugins.paybands;

import java.util.Locale;

/** How the file's text is compared and how it is repeated back in messages. */
final class Cells {

    /** Long enough to recognise a value, short enough that a pasted paragraph does not flood the message. */
    private static final int SHOWN_LENGTH = 40;

    private Cells() {
    }

    /**
     * A value as a message quotes it: control and formatting characters (line breaks, bidirectional
     * overrides) removed so the message reads as the admin would expect, and cut to a readable length.
     */
    static String quoted(String value) {
        String printable = value.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").strip();
        if (printable.length() > SHOWN_LENGTH) {
            printable = printable.substring(0, SHOWN_LENGTH) + "…";
        }
        return "'" + printable + "'";
    }

    /** A name as the file and the portal's queries are compared: case, spacing and surrounding blanks ignored. */
    static String key(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
