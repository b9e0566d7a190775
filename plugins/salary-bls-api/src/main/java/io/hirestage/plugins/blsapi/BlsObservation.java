package io.hirestage.plugins.blsapi;

import java.util.regex.Pattern;

/**
 * One data point of a series as the BLS Public Data API sends it, still as text: nothing in it is
 * believed until {@link OewsQuery} reads it.
 *
 * @param year   the year, for example "2025"
 * @param period the period, "A01" for OEWS's annual estimates
 * @param value  the figure, or a sign for one BLS did not publish ("-", "*", "#")
 */
record BlsObservation(String year, String period, String value) {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    /** Whether this is an annual estimate of a plausible year, as every OEWS figure is. */
    boolean isAnnual() {
        return "A01".equals(period) && YEAR.matcher(year).matches();
    }

    int yearNumber() {
        return Integer.parseInt(year);
    }
}
