package io.hirestage.plugins.jitsi;

/**
 * Folds iCalendar content lines so that none is longer than 75 octets of UTF-8 (RFC 5545, section
 * 3.1): a longer line continues on the next, which starts with a space. Lines are cut between
 * characters, never inside one, so every piece stays valid UTF-8.
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private OctetFolding() {
    }

    /** The text with every line folded anew, lines folded before (at 75 characters, say) unfolded first; lines end in CRLF. */
    static String fold(String text) {
        // RFC 5545 unfolding: a line break followed by one space or tab is no break.
        String unfolded = text.replaceAll("\r?\n[ \t]", "");
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n|\n", -1)) {
            if (!line.isEmpty()) {
                foldLine(line, folded);
                folded.append(CRLF);
            }
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder folded) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                // The space that starts a continuation line counts against its 75 octets.
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
