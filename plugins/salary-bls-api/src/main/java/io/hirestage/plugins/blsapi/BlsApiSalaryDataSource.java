package io.hirestage.plugins.blsapi;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Salary benchmarks from the U.S. Bureau of Labor Statistics' Occupational Employment and Wage
 * Statistics (OEWS), fetched live from the BLS Public Data API v2: the latest estimates for an
 * occupation, nationally or in one state, annual or hourly. One query is one request for seven
 * series (employment, mean, and the 10th to 90th percentiles); its answer, "BLS has no figures"
 * included, is kept in the portal's storage for a set number of hours. It answers the same queries
 * with the same meaning as the bundled OEWS tables: United States only, U.S. dollars, no seniority
 * levels; and "not covered" (empty) rather than zeros for anything BLS did not publish.
 */
@Extension
public class BlsApiSalaryDataSource implements SalaryDataSource {

    static final String API_URL = "apiUrl";
    static final String REGISTRATION_KEY = "registrationKey";
    static final String CACHE_HOURS = "cacheHours";
    static final String DEFAULT_API_URL = "https://api.bls.gov/publicAPI/v2/";
    static final long DEFAULT_CACHE_HOURS = 168;
    static final long MAX_CACHE_HOURS = 8760;

    /** Under the portal's own 10-second limit, so that the plugin's message, not the portal's, is shown. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The national annual median of all occupations: a series OEWS always publishes, asked for by "Test connection". */
    private static final String CONNECTION_SERIES = OewsQuery.seriesId(OewsQuery.NATIONAL_AREA, OewsQuery.ALL_OCCUPATIONS,
            OewsFigure.MEDIAN.dataType(SalaryQuery.PayPeriod.ANNUAL));

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("salary-bls-api",
            "BLS wage estimates (live, Public Data API)", "U.S. Bureau of Labor Statistics",
            "The latest OEWS wage percentiles for an occupation, nationally and per U.S. state, annual or hourly, "
                    + "fetched from the BLS Public Data API and kept for a week.",
            URI.create("https://www.bls.gov/developers/"));

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingField.url(API_URL, "API address").withDefault(DEFAULT_API_URL)
                    .withHelp("Where the BLS Public Data API (version 2) answers. Keep the default unless your IT team gives you another address."),
            SettingField.secret(REGISTRATION_KEY, "Registration key")
                    .withHelp("Free from BLS at https://data.bls.gov/registrationEngine/ (it arrives by email). With a key BLS answers "
                            + "500 requests a day; without one, 25. Each occupation and place not yet kept costs one request."),
            SettingField.number(CACHE_HOURS, "Keep answers for (hours)").withDefault(Long.toString(DEFAULT_CACHE_HOURS))
                    .between(1, MAX_CACHE_HOURS)
                    .withHelp("BLS publishes new OEWS wages once a year, in spring, so a week (168 hours) saves requests at little cost. "
                            + "Answers are kept across restarts."));

    private final OccupationTitles titles = OccupationTitles.bundled();
    private final Duration callTimeout;
    private volatile Setup setup;

    /** What configure built from the settings, swapped in whole so that calls under way keep theirs. */
    private record Setup(BlsApiClient api, HttpClient http, AnswerCache cache) {
    }

    /** As PF4J makes it. */
    public BlsApiSalaryDataSource() {
        this(CALL_TIMEOUT);
    }

    /** With another time limit per call, for tests that need not wait 8 seconds for a silent server. */
    BlsApiSalaryDataSource(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SETTINGS;
    }

    /** None: salary data has no invitations to cancel, candidates to erase, links or webhooks. */
    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public void configure(ProviderContext context) {
        URI address = apiAddress(context.settings().get(API_URL).map(String::strip).orElse(DEFAULT_API_URL));
        String key = context.settings().get(REGISTRATION_KEY).map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
        long hours;
        try {
            hours = Math.clamp(context.settings().number(CACHE_HOURS, DEFAULT_CACHE_HOURS), 1, MAX_CACHE_HOURS);
        } catch (NumberFormatException e) {
            throw new ProviderException("Keep answers for (hours): enter a whole number from 1 to " + MAX_CACHE_HOURS, false, e);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        Setup before = setup;
        setup = new Setup(new BlsApiClient(http, address, key, callTimeout), http,
                new AnswerCache(context.storage(), context.clock(), Duration.ofHours(hours), context.logger()));
        if (before != null) {
            before.http().close();
        }
    }

    @Override
    public void close() {
        Setup last = setup;
        if (last != null) {
            last.http().close();
        }
    }

    /** One small real request, so the answer tells the truth about the address, the key and the day's remaining requests. */
    @Override
    public ConnectionCheck testConnection() {
        Setup current = setup();
        try {
            Optional<BlsObservation> newest = current.api().timeseries(List.of(CONNECTION_SERIES)).getOrDefault(CONNECTION_SERIES, List.of())
                    .stream().filter(BlsObservation::isAnnual).max(Comparator.comparingInt(BlsObservation::yearNumber));
            BigDecimal median = newest.map(observation -> OewsQuery.wage(observation.value())).orElse(null);
            if (median == null) {
                return ConnectionCheck.failed("BLS answered, but without the national median wage of all occupations (series "
                        + CONNECTION_SERIES + "), which OEWS always publishes; check the API address");
            }
            return ConnectionCheck.ok(String.format(Locale.US, "Connected: BLS publishes OEWS May %d; the national median wage of all "
                    + "occupations is $%,.0f a year%s", newest.get().yearNumber(), median,
                    current.api().hasRegistrationKey() ? "" : ". No registration key is set, so BLS allows 25 requests a day"));
        } catch (ProviderException e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }

    @Override
    public Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        Optional<OewsQuery> asked = OewsQuery.of(query);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        OewsQuery oews = asked.get();
        Setup current = setup();
        Optional<OewsFigures> figures = current.cache().fresh(oews.storageKey()).map(AnswerCache.Kept::figures)
                .orElseGet(() -> fetch(current, oews));
        return figures.map(found -> benchmark(oews, found));
    }

    /** The occupations it knows titles for, in the United States and each state; BLS answers other SOC codes too. */
    @Override
    public SalaryCoverage coverage() {
        return new SalaryCoverage(titles.codes(), Set.of("US"), UsStates.postalCodes());
    }

    private static Optional<OewsFigures> fetch(Setup current, OewsQuery oews) {
        Optional<OewsFigures> figures = oews.read(current.api().timeseries(oews.seriesIds()));
        current.cache().keep(oews.storageKey(), figures);
        return figures;
    }

    private SalaryBenchmark benchmark(OewsQuery oews, OewsFigures figures) {
        return new SalaryBenchmark(oews.occupationCode(), titles.titleOf(oews.occupationCode()), oews.location(), "USD", oews.period(),
                figures.p10(), figures.p25(), figures.median(), figures.p75(), figures.p90(), figures.mean(), figures.employment(),
                LocalDate.of(figures.year(), 5, 31), "U.S. Bureau of Labor Statistics, OEWS May " + figures.year() + " (BLS Public Data API)");
    }

    private static URI apiAddress(String text) {
        try {
            URI address = new URI(text);
            if (("http".equals(address.getScheme()) || "https".equals(address.getScheme())) && address.getHost() != null) {
                return address;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new ProviderException("API address: enter a web address such as " + DEFAULT_API_URL, false);
    }

    private Setup setup() {
        Setup current = setup;
        if (current == null) {
            throw new ProviderException("The provider is not set up", false);
        }
        return current;
    }
}
