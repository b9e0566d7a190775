package io.hirestage.base;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes an erased person out of free text that other people wrote about them (a history line, an
 * audit line, a rejection reason): each word that named them becomes the anonymous name.
 */
public final class Redaction {

    private Redaction() {
    }

    /**
     * @param text        what may name the person; {@code null} stays {@code null}
     * @param words       what named them (their name, email address, phone number), matched in any case
     * @param replacement the anonymous name, "Erased candidate #123"
     */
    public static String redact(String text, List<String> words, String replacement) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String word : words) {
            redacted = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(redacted)
                    .replaceAll(Matcher.quoteReplacement(replacement));
        }
        return redacted;
    }
}
