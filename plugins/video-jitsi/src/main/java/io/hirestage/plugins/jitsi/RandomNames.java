package io.hirestage.plugins.jitsi;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Room names and interview ids that nobody can guess: 26 characters of lower-case base32 (RFC 4648
 * letters and digits 2 to 7), 130 random bits from {@link SecureRandom}. Without sign-in the room
 * name is the only thing that keeps strangers out of an interview, so it is never made from names,
 * dates or counters.
 */
final class RandomNames {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 26;
    private static final String INTERVIEW_ID_PREFIX = "jitsi-";
    private static final Pattern INTERVIEW_ID = Pattern.compile(INTERVIEW_ID_PREFIX + "[a-z2-7]{" + LENGTH + "}");

    private final SecureRandom random = new SecureRandom();

    /** A new room: the admin's readable prefix, a dash, and the random part. */
    String room(String prefix) {
        return prefix.isEmpty() ? randomPart() : prefix + "-" + randomPart();
    }

    /**
     * A new interview id, apart from the room name: the id travels through the portal's logs and
     * screens, the room name only in the participants' links.
     */
    String interviewId() {
        return INTERVIEW_ID_PREFIX + randomPart();
    }

    /** Whether the text has the form of an id this plugin hands out, checked before it is used as a storage key. */
    static boolean isInterviewId(String text) {
        return text != null && INTERVIEW_ID.matcher(text).matches();
    }

    private String randomPart() {
        char[] part = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            part[i] = BASE32[random.nextInt(BASE32.length)];
        }
        return new String(part);
    }
}
