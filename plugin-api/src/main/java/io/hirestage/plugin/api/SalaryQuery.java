package io.hirestage.plugin.api;

/**
 * What an offer is benchmarked against. A source answers what it can and says in the
 * {@link SalaryBenchmark} what it answered (a source without seniority data ignores it).
 *
 * @param occupationCode  SOC 2018 code, for example {@code "15-1252"} (Software Developers)
 * @param occupationTitle the role's own title, for sources that match by title; may be {@code null}
 * @param seniority       the level of the role
 * @param country         ISO 3166-1 alpha-2 country code, for example {@code "US"}
 * @param region          region within the country (a U.S. state's postal code), or {@code null}
 * @param city            city, or {@code null}
 * @param currency        ISO 4217 currency wanted, for example {@code "USD"}
 * @param period          annual or hourly pay
 */
public record SalaryQuery(String occupationCode, String occupationTitle, Seniority seniority, String country,
                          String region, String city, String currency, PayPeriod period) {

    /** The common case: an occupation's annual pay in a country or one of its regions. */
    public static SalaryQuery annual(String occupationCode, String country, String region) {
        return new SalaryQuery(occupationCode, null, Seniority.ANY, country, region, null, null, PayPeriod.ANNUAL);
    }

    /** The level of a role. */
    public enum Seniority { ANY, JUNIOR, MID, SENIOR, LEAD }

    /** What a pay figure covers. */
    public enum PayPeriod { ANNUAL, HOURLY }
}
