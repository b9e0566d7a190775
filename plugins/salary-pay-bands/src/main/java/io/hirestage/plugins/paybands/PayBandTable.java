package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bands of one accepted file, read only: calls on several threads share it without locks. */
final class PayBandTable {

    private final List<PayBand> bands;

    PayBandTable(List<PayBand> bands) {
        this.bands = List.copyOf(bands);
    }

    int size() {
        return bands.size();
    }

    /**
     * The band that answers a question: the most specific one that applies (see {@link BandQuery#fit}),
     * or empty when none does. Nothing is made up for a missing band: no neighbouring level, no other
     * country, no currency conversion.
     */
    Optional<PayBand> bestFor(SalaryQuery query) {
        return BandQuery.of(query).flatMap(question -> bands.stream()
                .filter(band -> question.fit(band) >= 0)
                .max(Comparator.comparingInt(question::fit)));
    }

    /**
     * What the file covers: the occupations it names, its countries, and the places after the dash
     * that are region codes (US-CA gives CA). Bands for every occupation and city bands cannot be
     * listed in a {@link SalaryCoverage}; they still answer.
     */
    SalaryCoverage coverage() {
        return new SalaryCoverage(
                bands.stream().map(PayBand::occupation).filter(Objects::nonNull).collect(Collectors.toSet()),
                bands.stream().map(band -> band.location().country()).collect(Collectors.toSet()),
                bands.stream().map(PayBand::location).filter(BandLocation::namesRegionCode).map(BandLocation::place)
                        .collect(Collectors.toSet()));
    }

    /**
     * The levels that have a band in each location, in the file's order and as it first writes the
     * location, for the admin's connection test.
     */
    Map<String, Set<Seniority>> levelsByLocation() {
        Map<String, String> writtenFirst = new LinkedHashMap<>();
        Map<String, Set<Seniority>> levels = new LinkedHashMap<>();
        for (PayBand band : bands) {
            String place = band.location().country() + "-" + band.location().placeKey();
            String written = writtenFirst.computeIfAbsent(place, first -> band.location().written());
            levels.computeIfAbsent(written, location -> EnumSet.noneOf(Seniority.class)).add(band.level());
        }
        return levels;
    }
}
