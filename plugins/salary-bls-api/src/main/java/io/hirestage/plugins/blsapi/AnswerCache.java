package io.hirestage.plugins.blsapi;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hirestage.plugin.api.ProviderStorage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * BLS's answers, kept in the portal's storage for a set time so that neither a repeated query nor a
 * restart spends the key's daily requests again (OEWS publishes once a year). "BLS has no figures" is
 * kept too; a failure never is, so the next query asks again. Entries are stamped with the portal's
 * clock when fetched, so a shorter keeping time set later applies to what is already kept.
 */
final class AnswerCache {

    /** What is kept for a query: when it was fetched, and the figures, or none when BLS has none. */
    record Kept(Instant fetchedAt, Optional<OewsFigures> figures) {
    }

    private final ProviderStorage storage;
    private final Clock clock;
    private final Duration keepFor;
    private final System.Logger logger;

    AnswerCache(ProviderStorage storage, Clock clock, Duration keepFor, System.Logger logger) {
        this.storage = storage;
        this.clock = clock;
        this.keepFor = keepFor;
        this.logger = logger;
    }

    /** The answer kept under this key, if it is younger than the keeping time. */
    Optional<Kept> fresh(String key) {
        return storage.get(key).flatMap(AnswerCache::decode)
                .filter(kept -> clock.instant().isBefore(kept.fetchedAt().plus(keepFor)));
    }

    /** Keeps an answer; when the storage is full the answer is still given, only not kept. */
    void keep(String key, Optional<OewsFigures> figures) {
        try {
            storage.put(key, encode(new Kept(clock.instant(), figures)));
        } catch (IllegalArgumentException | IOException e) {
            logger.log(System.Logger.Level.WARNING, "A BLS answer could not be kept, so it will be fetched again next time: " + e.getMessage());
        }
    }

    private static String encode(Kept kept) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fetchedAt", kept.fetchedAt().toString());
        kept.figures().ifPresent(figures -> {
            entry.put("year", figures.year());
            entry.put("p10", text(figures.p10()));
            entry.put("p25", text(figures.p25()));
            entry.put("median", text(figures.median()));
            entry.put("p75", text(figures.p75()));
            entry.put("p90", text(figures.p90()));
            entry.put("mean", text(figures.mean()));
            entry.put("employment", figures.employment());
        });
        return JSON.std.asString(entry);
    }

    /** An entry this class wrote; anything else (an older format, a damaged value) counts as not kept. */
    private static Optional<Kept> decode(String stored) {
        try {
            Map<String, Object> entry = JSON.std.mapFrom(stored);
            Instant fetchedAt = Instant.parse((String) entry.get("fetchedAt"));
            if (!entry.containsKey("year")) {
                return Optional.of(new Kept(fetchedAt, Optional.empty()));
            }
            OewsFigures figures = new OewsFigures(((Number) entry.get("year")).intValue(), amount(entry, "p10"), amount(entry, "p25"),
                    amount(entry, "median"), amount(entry, "p75"), amount(entry, "p90"), amount(entry, "mean"),
                    entry.get("employment") instanceof Number employment ? employment.longValue() : null);
            return Optional.of(new Kept(fetchedAt, Optional.of(figures)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static BigDecimal amount(Map<String, Object> entry, String field) {
        return entry.get(field) instanceof String amount ? new BigDecimal(amount) : null;
    }
}
