package io.hirestage.base;

import java.util.function.Supplier;

/**
 * The one place that decides whether an edit is stale: the version the person saw is compared with
 * the stored one, and a mismatch is refused with {@link ConcurrentChangeException} and one wording
 * everywhere ("… was changed by someone else after you opened it …"). Services call it after
 * loading the thing for update and before changing anything.
 */
public final class StaleCheck {

    private StaleCheck() {
    }

    /**
     * @param stored      the thing as loaded now
     * @param seenVersion the version the person's screen showed
     * @param thing       what it is, as the person knows it and starting with a capital: "This opening"
     * @throws ConcurrentChangeException if someone saved in between
     */
    public static void require(Versioned stored, long seenVersion, String thing) {
        require(stored.getVersion(), seenVersion, thing, () -> null);
    }

    /**
     * As {@link #require(Versioned, long, String)}, for a stored version read some other way.
     *
     * @param state what the thing is like now ("now in Interview, active"), so the person can judge
     *              without reloading; asked for only when the edit is stale; may return null
     */
    public static void require(long storedVersion, long seenVersion, String thing, Supplier<String> state) {
        if (storedVersion != seenVersion) {
            throw new ConcurrentChangeException(message(thing, state.get()));
        }
    }

    /** The wording for a conflict the database found itself (two saves at the same moment). */
    public static String message(String thing) {
        return message(thing, null);
    }

    private static String message(String thing, String state) {
        return thing + " was changed by someone else after you opened it" + (state == null ? "" : " (" + state + ")")
                + "; nothing was saved. Reload to see their change.";
    }
}
