package io.hirestage.plugin.api;

import java.util.Optional;

/**
 * A small key-value store of the provider's own, kept by the portal in its database: it survives
 * restarts and plugin upgrades, and no other provider sees it. For what the vendor's API does not
 * give back, for example the vendor's id for an idempotency key, or a mapping of the vendor's test
 * names. Not for candidates' personal data: the portal cannot erase what it does not know is there;
 * and not for secrets: values are stored as they are, unlike secret settings, which are encrypted.
 * Since API 1.1.
 *
 * <p>Keys are 1 to {@value #MAX_KEY_LENGTH} characters, values at most {@value #MAX_VALUE_LENGTH}; a
 * provider keeps at most {@value #MAX_ENTRIES} entries. Calls may come from several threads at once;
 * each call is atomic on its own.
 */
public interface ProviderStorage {

    int MAX_KEY_LENGTH = 200;
    int MAX_VALUE_LENGTH = 4000;
    int MAX_ENTRIES = 100_000;

    /** The value stored under the key, if any. */
    Optional<String> get(String key);

    /**
     * Stores the value under the key, replacing what was there.
     *
     * @throws IllegalArgumentException for a key or value outside the limits, or when the store is full
     */
    void put(String key, String value);

    /**
     * Stores the value only when the key holds none yet, atomically, even across portal nodes.
     *
     * @return the value now stored: this one, or the one that was there first
     * @throws IllegalArgumentException for a key or value outside the limits, or when the store is full
     */
    String putIfAbsent(String key, String value);

    /** Forgets the key; forgetting a key that holds nothing is not an error. */
    void remove(String key);

    /**
     * The key rule, for implementations (the portal's and the test kit's).
     *
     * @throws IllegalArgumentException for a key outside the limits
     */
    static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A storage key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /**
     * The value rule, for implementations (the portal's and the test kit's).
     *
     * @throws IllegalArgumentException for a value outside the limits
     */
    static void checkValue(String value) {
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("A stored value is not null and has at most " + MAX_VALUE_LENGTH + " characters");
        }
    }
}
