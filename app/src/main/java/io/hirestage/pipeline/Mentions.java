package io.hirestage.pipeline;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colleagues a note mentions: "@riley" names the user riley. An e-mail address is not a mention
 * (a letter or digit stands before its @), and a full stop that ends the sentence is not part of the name.
 */
final class Mentions {

    /** A user name as the user form allows it, after an @ that starts a word. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{Alnum}._@-])@([A-Za-z0-9][A-Za-z0-9._-]{2,59})");

    private Mentions() {
    }

    /** The user names mentioned, in lower case, each once, in the order they appear. */
    static Set<String> in(String text) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[.]+$", "");
            if (name.length() >= 3) {
                usernames.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return usernames;
    }
}
