package io.hirestage.plugins.blsapi;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A salary query in OEWS terms: the area (the nation, or a state by its FIPS code), the occupation's
 * SOC code and the pay period; it names the series that answer it and reads BLS's answer into
 * figures. OEWS series ids are "OEU", the area type and 7-digit area code ({@code N0000000} for the
 * nation, {@code S0600000} for California), the 6-digit industry ({@code 000000}, all industries), the
 * SOC code without its dash and the 2-digit data type.
 *
 * @param areaCode       area type and area code, for example {@code S0600000}
 * @param location       the place as the benchmark names it, for example "CA, United States"
 * @param occupationCode the SOC code, for example {@code 15-1252}
 * @param period         annual or hourly pay
 */
record OewsQuery(String areaCode, String location, String occupationCode, PayPeriod period) {

    /** All occupations together: a total over every job, not an occupation an offer is for. */
    static final String ALL_OCCUPATIONS = "00-0000";
    static final String NATIONAL_AREA = "N0000000";
    private static final String ALL_INDUSTRIES = "000000";
    private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");
    /** A published wage: whole dollars for annual pay, cents for hourly; more digits than any wage has are refused. */
    private static final Pattern WAGE = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern HEADCOUNT = Pattern.compile("\\d{1,12}");

    /**
     * The query in OEWS terms, or empty when OEWS cannot answer it: a country other than the United
     * States, a region that is not one of the 50 states or DC, a currency other than U.S. dollars, or
     * something that is not a SOC occupation code. Seniority and city are not OEWS dimensions; the
     * benchmark says which place it answered for.
     */
    static Optional<OewsQuery> of(SalaryQuery query) {
        if (query == null || !"US".equalsIgnoreCase(stripped(query.country()))) {
            return Optional.empty();
        }
        String currency = stripped(query.currency());
        if (!currency.isEmpty() && !"USD".equalsIgnoreCase(currency)) {
            return Optional.empty();
        }
        String occupation = stripped(query.occupationCode());
        if (!SOC_CODE.matcher(occupation).matches() || ALL_OCCUPATIONS.equals(occupation)) {
            return Optional.empty();
        }
        PayPeriod period = query.period() == null ? PayPeriod.ANNUAL : query.period();
        String region = stripped(query.region()).toUpperCase(Locale.ROOT);
        if (region.isEmpty()) {
            return Optional.of(new OewsQuery(NATIONAL_AREA, "United States", occupation, period));
        }
        return UsStates.fipsCode(region).map(fips -> new OewsQuery("S" + fips + "00000", region + ", United States", occupation, period));
    }

    /** The series id of one figure, for example {@code OEUN000000000000015125213} for the national annual median of 15-1252. */
    String seriesId(OewsFigure figure) {
        return seriesId(areaCode, occupationCode, figure.dataType(period));
    }

    static String seriesId(String areaCode, String occupationCode, String dataType) {
        return "OEU" + areaCode + ALL_INDUSTRIES + occupationCode.replace("-", "") + dataType;
    }

    /** Every series of this query, asked for in one request (BLS takes up to 50). */
    List<String> seriesIds() {
        return Arrays.stream(OewsFigure.values()).map(this::seriesId).toList();
    }

    /** Where the answer to this query is kept in the provider's storage. */
    String storageKey() {
        return "oews/" + period.name().toLowerCase(Locale.ROOT) + "/" + areaCode + "/" + occupationCode;
    }

    /**
     * The figures in BLS's answer, all from the newest year any of them has; empty when BLS published
     * no wage for this query (its series do not exist, or hold only signs for unpublished figures).
     *
     * @throws ProviderException when the published percentiles contradict each other
     */
    Optional<OewsFigures> read(Map<String, List<BlsObservation>> answer) {
        OptionalInt newestYear = seriesIds().stream().map(answer::get).filter(Objects::nonNull).flatMap(List::stream)
                .filter(BlsObservation::isAnnual).mapToInt(BlsObservation::yearNumber).max();
        if (newestYear.isEmpty()) {
            return Optional.empty();
        }
        int year = newestYear.getAsInt();
        Map<OewsFigure, String> values = new EnumMap<>(OewsFigure.class);
        for (OewsFigure figure : OewsFigure.values()) {
            answer.getOrDefault(seriesId(figure), List.of()).stream()
                    .filter(observation -> observation.isAnnual() && observation.yearNumber() == year)
                    .findFirst().ifPresent(observation -> values.put(figure, observation.value()));
        }
        OewsFigures figures = new OewsFigures(year, wage(values.get(OewsFigure.P10)), wage(values.get(OewsFigure.P25)),
                wage(values.get(OewsFigure.MEDIAN)), wage(values.get(OewsFigure.P75)), wage(values.get(OewsFigure.P90)),
                wage(values.get(OewsFigure.MEAN)), headcount(values.get(OewsFigure.EMPLOYMENT)));
        if (!figures.hasAnyWage()) {
            return Optional.empty();
        }
        requireOrderedPercentiles(figures);
        return Optional.of(figures);
    }

    /**
     * A wage BLS published, or {@code null} for anything else: "-" (not released), "*" (not
     * available), "#" (above the top of BLS's wage scale, so not an exact figure) and any other text.
     * Zero is no wage either: a benchmark never shows one.
     */
    static BigDecimal wage(String value) {
        String figure = stripped(value).replace(",", "");
        if (!WAGE.matcher(figure).matches()) {
            return null;
        }
        BigDecimal wage = new BigDecimal(figure);
        return wage.signum() > 0 ? wage : null;
    }

    private static Long headcount(String value) {
        String figure = stripped(value).replace(",", "");
        return HEADCOUNT.matcher(figure).matches() && Long.parseLong(figure) > 0 ? Long.valueOf(figure) : null;
    }

    private void requireOrderedPercentiles(OewsFigures figures) {
        List<BigDecimal> present = new ArrayList<>();
        for (BigDecimal percentile : Arrays.asList(figures.p10(), figures.p25(), figures.median(), figures.p75(), figures.p90())) {
            if (percentile != null) {
                if (!present.isEmpty() && percentile.compareTo(present.getLast()) < 0) {
                    throw new ProviderException("BLS sent wage percentiles for " + occupationCode + " in " + location
                            + " that are out of order, so they are not shown", false);
                }
                present.add(percentile);
            }
        }
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
