package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Salary benchmarks from the organisation's own pay bands, read from a CSV file an admin uploads in
 * the provider's settings (columns level, location, currency, min, mid, max; optionally occupation,
 * period and notes). The file is checked whole when it is saved and refused with its problems listed
 * by row; a refused file changes nothing, and the bands loaded before keep answering.
 *
 * <p>A band is a range, not a survey, so an answer puts the band's minimum in {@code p10}, its
 * midpoint in {@code median} and its maximum in {@code p90}: the portal shows them in the outer and
 * middle columns of its benchmark. {@code p25}, {@code p75}, the mean and the sample size stay empty.
 * A question is answered by the most specific band that applies (a city over a region over the whole
 * country, a named occupation over every occupation, a named level over {@code any}); a question no
 * band applies to is not covered, never answered with zeros, a neighbouring level or a converted
 * currency.
 */
@Extension
public class PayBandsSalaryDataSource implements SalaryDataSource {

    static final String BANDS_FILE = "bandsFile";

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("salary-pay-bands", "Our pay bands",
            "Your organisation",
            "Salary ranges from your own pay bands: a CSV file of level, location, currency, min, mid and max that an admin "
                    + "uploads here. Offers are compared with the band's minimum, midpoint and maximum.",
            URI.create("https://github.com/hirestage/hirestage#our-pay-bands"));

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingField.textFile(BANDS_FILE, "Pay bands file (CSV)").asRequired()
                    .withHelp("A header row naming the columns level, location, currency, min, mid and max (optionally occupation, "
                            + "period and notes), then one row per band, such as senior,US-CA,USD,\"150,000\",\"175,000\",\"200,000\". "
                            + "Levels: junior, mid, senior, lead, or any for every level."));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** The most places the connection test names, so its message stays readable. */
    private static final int PLACES_SHOWN = 20;

    private volatile LoadedBands loaded;

    /** An accepted file, swapped in whole so that calls under way keep the bands they started with. */
    private record LoadedBands(PayBandTable table, LocalDate uploaded) {
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SETTINGS;
    }

    /** Nothing beyond answering questions: no candidate is ever sent anywhere. */
    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    /**
     * Reads and checks the uploaded file; only a file without problems replaces the bands in use.
     *
     * @throws ProviderException listing the file's problems by row, or saying that no file is uploaded
     */
    @Override
    public void configure(ProviderContext context) {
        String file = context.settings().get(BANDS_FILE).orElseThrow(() -> new ProviderException(
                "No pay bands file is uploaded yet: upload a CSV with the columns level, location, currency, min, mid and max", false));
        PayBandTable table;
        try {
            table = PayBandsCsv.read(file);
        } catch (PayBandsFileRefused refused) {
            context.logger().log(System.Logger.Level.INFO, "Pay bands file refused with {0} problem(s)", refused.count());
            throw new ProviderException(refused.getMessage(), false, refused);
        }
        loaded = new LoadedBands(table, UploadDates.of(file, context.storage(), context.clock()));
        context.logger().log(System.Logger.Level.INFO, "Loaded {0} pay bands", table.size());
    }

    @Override
    public ConnectionCheck testConnection() {
        LoadedBands current = loaded;
        if (current == null) {
            return ConnectionCheck.failed("No pay bands file is loaded: upload one under Pay bands file (CSV)");
        }
        return ConnectionCheck.ok(current.table().size() + (current.table().size() == 1 ? " pay band" : " pay bands")
                + " loaded from the file uploaded " + DAY.format(current.uploaded()) + ". Levels with a band: "
                + levelsByPlace(current.table()) + ". A level without a band in a city or region is answered from "
                + "its country's band; without one there either, it is not covered.");
    }

    @Override
    public Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        LoadedBands current = loaded;
        if (current == null) {
            throw new ProviderException("No pay bands file is loaded: an admin uploads one in this provider's settings", false);
        }
        return current.table().bestFor(query).map(band -> new SalaryBenchmark(query.occupationCode(),
                band.occupation() == null ? "Every occupation" : null, band.location().written(),
                band.currency().getCurrencyCode(), band.period(), band.min(), null, band.mid(), null, band.max(), null, null,
                current.uploaded(), "Our pay bands (file uploaded " + DAY.format(current.uploaded()) + ", row " + band.row() + ")"));
    }

    @Override
    public SalaryCoverage coverage() {
        LoadedBands current = loaded;
        return current == null ? new SalaryCoverage(Set.of(), Set.of(), Set.of()) : current.table().coverage();
    }

    private static String levelsByPlace(PayBandTable table) {
        Map<String, Set<Seniority>> levels = table.levelsByLocation();
        String shown = levels.entrySet().stream().limit(PLACES_SHOWN)
                .map(place -> place.getKey() + " (" + levelWords(place.getValue()) + ")")
                .collect(Collectors.joining("; "));
        int more = levels.size() - PLACES_SHOWN;
        return more > 0 ? shown + "; and " + more + " more places" : shown;
    }

    private static String levelWords(Set<Seniority> levels) {
        List<String> words = levels.stream()
                .map(level -> level == Seniority.ANY ? "every level" : level.name().toLowerCase(Locale.ROOT)).toList();
        return String.join(", ", words);
    }
}
