package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderStorage;
import io.hirestage.plugin.testkit.InMemoryProviderStorage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The kit's storage, remembering every key and value written, so a test can see what the plugin keeps in the portal. */
final class RecordingStorage implements ProviderStorage {

    private final InMemoryProviderStorage storage = new InMemoryProviderStorage();
    private final Map<String, String> written = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return storage.get(key);
    }

    @Override
    public void put(String key, String value) {
        storage.put(key, value);
        written.put(key, value);
    }

    @Override
    public String putIfAbsent(String key, String value) {
        String stored = storage.putIfAbsent(key, value);
        written.put(key, stored);
        return stored;
    }

    @Override
    public void remove(String key) {
        storage.remove(key);
    }

    /** Every key and value ever written, one "key = value" line each. */
    List<String> everythingWritten() {
        return written.entrySet().stream().map(entry -> entry.getKey() + " = " + entry.getValue()).toList();
    }
}
