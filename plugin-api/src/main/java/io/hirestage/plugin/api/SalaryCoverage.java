package io.hirestage.plugin.api;

import java.util.Set;

/**
 * What a salary source has data for.
 *
 * @param occupationCodes SOC 2018 codes, for example {@code "15-1252"}
 * @param countries       ISO 3166-1 alpha-2 codes
 * @param regions         regions within those countries (for the U.S., state postal codes); may be empty
 */
public record SalaryCoverage(Set<String> occupationCodes, Set<String> countries, Set<String> regions) {

    /** Copies the sets so the record stays immutable. */
    public SalaryCoverage {
        occupationCodes = Set.copyOf(occupationCodes);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
    }
}
