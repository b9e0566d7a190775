package io.hirestage.plugins.bls.oews;

import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OEWS extract bundled in this plugin, read once into memory (a few hundred rows).
 * An empty cell is a figure BLS did not release; it stays {@code null}.
 */
final class OewsTables {

    static final String SOURCE = "U.S. Bureau of Labor Statistics, OEWS May 2025";
    static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);

    private final Map<String, String> titles;
    private final Map<String, Map<String, String>> national;
    private final Map<String, Map<String, String>> byState;

    private OewsTables(Map<String, String> titles, Map<String, Map<String, String>> national,
                       Map<String, Map<String, String>> byState) {
        this.titles = titles;
        this.national = national;
        this.byState = byState;
    }

    static OewsTables loadBundled() {
        Map<String, String> titles = new HashMap<>();
        for (Map<String, String> row : readCsv("occupations.csv")) {
            titles.put(row.get("soc"), row.get("title"));
        }
        Map<String, Map<String, String>> national = new HashMap<>();
        for (Map<String, String> row : readCsv("national.csv")) {
            national.put(row.get("soc"), row);
        }
        Map<String, Map<String, String>> byState = new HashMap<>();
        for (Map<String, String> row : readCsv("state.csv")) {
            byState.put(row.get("soc") + "/" + row.get("state"), row);
        }
        return new OewsTables(Map.copyOf(titles), Map.copyOf(national), Map.copyOf(byState));
    }

    Set<String> occupationCodes() {
        return titles.keySet();
    }

    Set<String> states() {
        return byState.keySet().stream().map(key -> key.substring(key.indexOf('/') + 1)).collect(java.util.stream.Collectors.toSet());
    }

    Optional<SalaryBenchmark> national(String soc) {
        return Optional.ofNullable(national.get(soc)).map(row -> toBenchmark(soc, "United States", row));
    }

    Optional<SalaryBenchmark> state(String soc, String stateCode) {
        return Optional.ofNullable(byState.get(soc + "/" + stateCode)).map(row -> toBenchmark(soc, stateCode + ", United States", row));
    }

    private SalaryBenchmark toBenchmark(String soc, String location, Map<String, String> row) {
        String employment = row.get("tot_emp");
        return new SalaryBenchmark(soc, titles.get(soc), location, "USD", SalaryQuery.PayPeriod.ANNUAL,
                amount(row, "a_pct10"), amount(row, "a_pct25"), amount(row, "a_median"),
                amount(row, "a_pct75"), amount(row, "a_pct90"), amount(row, "a_mean"),
                employment == null || employment.isEmpty() ? null : Long.valueOf(employment),
                AS_OF, SOURCE);
    }

    private static BigDecimal amount(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : new BigDecimal(value);
    }

    /** The extract has no quoted fields (checked by a test), so a plain split is a faithful parse. */
    private static List<Map<String, String>> readCsv(String name) {
        try (InputStream in = OewsTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled OEWS file " + name + " is missing from the plugin jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",", -1);
            return reader.lines().filter(line -> !line.isBlank()).map(line -> {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) {
                    row.put(header[i], cells[i]);
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
