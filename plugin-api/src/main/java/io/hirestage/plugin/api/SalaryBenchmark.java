package io.hirestage.plugin.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Gross pay for an occupation in a place. Any figure may be {@code null} when the source did not
 * publish it; when present, p10 &le; p25 &le; median &le; p75 &le; p90.
 *
 * @param occupationCode  SOC code the figures are for
 * @param occupationTitle the source's title for it
 * @param location        where the figures apply, as the source names it
 * @param currency        ISO 4217 currency code
 * @param period          what the figures cover
 * @param p10             10th percentile
 * @param p25             25th percentile
 * @param median          50th percentile
 * @param p75             75th percentile
 * @param p90             90th percentile
 * @param mean            the mean
 * @param sampleSize      how many people the figures cover (for OEWS, estimated employment), or {@code null}
 * @param asOf            the date the figures refer to
 * @param source          citation shown beside the figures, for example "U.S. BLS OEWS, May 2025"
 */
public record SalaryBenchmark(String occupationCode, String occupationTitle, String location, String currency,
                              SalaryQuery.PayPeriod period, BigDecimal p10, BigDecimal p25, BigDecimal median,
                              BigDecimal p75, BigDecimal p90, BigDecimal mean, Long sampleSize, LocalDate asOf,
                              String source) {
}
