package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderStorage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A provider's {@link ProviderStorage}, a row per key in {@code provider_storage}. Each call is its
 * own statement, atomic on its own (auto-commit, or the caller's transaction); {@code putIfAbsent}
 * leans on the primary key, so two nodes that race store one value.
 */
final class HostProviderStorage implements ProviderStorage {

    private final String providerId;
    private final JdbcClient jdbc;
    private final Clock clock;

    HostProviderStorage(String providerId, JdbcClient jdbc, Clock clock) {
        this.providerId = providerId;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        ProviderStorage.checkKey(key);
        return jdbc.sql("select storage_value from provider_storage where provider_id = ? and storage_key = ?")
                .params(providerId, key).query(String.class).optional();
    }

    @Override
    public void put(String key, String value) {
        ProviderStorage.checkKey(key);
        ProviderStorage.checkValue(value);
        if (update(key, value) == 0) {
            try {
                insert(key, value);
            } catch (DuplicateKeyException raced) {
                update(key, value);
            }
        }
    }

    @Override
    public String putIfAbsent(String key, String value) {
        ProviderStorage.checkKey(key);
        ProviderStorage.checkValue(value);
        Optional<String> stored = get(key);
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            insert(key, value);
            return value;
        } catch (DuplicateKeyException raced) {
            return get(key).orElse(value);
        }
    }

    @Override
    public void remove(String key) {
        ProviderStorage.checkKey(key);
        jdbc.sql("delete from provider_storage where provider_id = ? and storage_key = ?").params(providerId, key).update();
    }

    private int update(String key, String value) {
        return jdbc.sql("update provider_storage set storage_value = ?, updated_at = ? where provider_id = ? and storage_key = ?")
                .params(value, now(), providerId, key).update();
    }

    private void insert(String key, String value) {
        long entries = jdbc.sql("select count(*) from provider_storage where provider_id = ?").param(providerId).query(Long.class).single();
        if (entries >= MAX_ENTRIES) {
            throw new IllegalArgumentException("The storage of " + providerId + " is full: it holds " + MAX_ENTRIES + " entries; "
                    + "remove some before storing more");
        }
        jdbc.sql("insert into provider_storage (provider_id, storage_key, storage_value, updated_at) values (?, ?, ?, ?)")
                .params(providerId, key, value, now()).update();
    }

    /** Stored as the UTC wall-clock time, as every instant (see hibernate.jdbc.time_zone). */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
