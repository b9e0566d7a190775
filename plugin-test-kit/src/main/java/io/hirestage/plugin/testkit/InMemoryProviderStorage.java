package io.hirestage.plugin.testkit;

import io.hirestage.plugin.api.ProviderStorage;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The portal's {@link ProviderStorage} for tests: the same limits, in memory. Hand the same instance
 * to a second provider instance to test that what you stored survives a restart.
 */
public final class InMemoryProviderStorage implements ProviderStorage {

    private final ConcurrentMap<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        ProviderStorage.checkKey(key);
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, String value) {
        ProviderStorage.checkKey(key);
        ProviderStorage.checkValue(value);
        checkRoom(key);
        entries.put(key, value);
    }

    @Override
    public String putIfAbsent(String key, String value) {
        ProviderStorage.checkKey(key);
        ProviderStorage.checkValue(value);
        checkRoom(key);
        String before = entries.putIfAbsent(key, value);
        return before == null ? value : before;
    }

    @Override
    public void remove(String key) {
        ProviderStorage.checkKey(key);
        entries.remove(key);
    }

    /** How many entries are stored. */
    public int size() {
        return entries.size();
    }

    private void checkRoom(String key) {
        if (!entries.containsKey(key) && entries.size() >= MAX_ENTRIES) {
            throw new IllegalArgumentException("The storage is full: it holds " + MAX_ENTRIES + " entries; remove some before storing more");
        }
    }
}
