package io.hirestage.plugin.api;

/**
 * What an offer is benchmarked against.
 *
 * @param occupationCode SOC 2018 code, for example {@code "15-1252"} (Software Developers)
 * @param country        ISO 3166-1 alpha-2 country code, for example {@code "US"}
 * @param region         region within the country (a U.S. state's postal code), or {@code null}
 *                       for the whole country
 */
public record SalaryQuery(String occupationCode, String country, String region) {
}
