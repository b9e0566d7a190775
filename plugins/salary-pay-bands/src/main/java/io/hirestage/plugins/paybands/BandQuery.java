package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import java.util.Locale;
import java.util.Optional;

/**
 * A portal's salary question in the terms bands are matched on, with its blanks filled as the file's
 * are: no period is annual, no level is {@link Seniority#ANY}, no currency is whatever the band is in.
 */
record BandQuery(String occupation, Seniority level, String country, String regionKey, String cityKey, String currency,
                 PayPeriod period) {

    /** The question, or empty when no band can answer it (no country, or a code that names no occupation). */
    static Optional<BandQuery> of(SalaryQuery query) {
        if (query.country() == null || query.country().isBlank()) {
            return Optional.empty();
        }
        if (query.occupationCode() != null && !SocCodes.isOccupation(query.occupationCode())) {
            return Optional.empty();
        }
        String country = query.country().strip().toUpperCase(Locale.ROOT);
        return Optional.of(new BandQuery(query.occupationCode() == null ? null : query.occupationCode().strip(),
                query.seniority() == null ? Seniority.ANY : query.seniority(), country,
                placeKey(query.region(), country), placeKey(query.city(), country),
                query.currency() == null || query.currency().isBlank() ? null : query.currency().strip().toUpperCase(Locale.ROOT),
                query.period() == null ? PayPeriod.ANNUAL : query.period()));
    }

    /** A region may come as "CA" or as "US-CA". */
    private static String placeKey(String place, String country) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String key = Cells.key(place);
        String prefix = country.toLowerCase(Locale.ROOT) + "-";
        return key.startsWith(prefix) && key.length() > prefix.length() ? key.substring(prefix.length()) : key;
    }

    /**
     * How closely a band fits, or -1 when it does not apply. The place weighs most (city, then region,
     * then the whole country), then a named occupation over every occupation, then a named level over any.
     */
    int fit(PayBand band) {
        if (!band.location().country().equals(country) || band.period() != period
                || (currency != null && !band.currency().getCurrencyCode().equals(currency))
                || (band.occupation() != null && !band.occupation().equals(occupation))
                || (band.level() != Seniority.ANY && band.level() != level)) {
            return -1;
        }
        int place = placeFit(band.location());
        if (place < 0) {
            return -1;
        }
        return place * 4 + (band.occupation() != null ? 2 : 0) + (band.level() != Seniority.ANY ? 1 : 0);
    }

    /** 2 for the query's city, 1 for its region, 0 for the whole country, -1 for another place. */
    private int placeFit(BandLocation location) {
        if (location.countryWide()) {
            return 0;
        }
        String place = location.placeKey();
        if (place.equals(cityKey)) {
            return 2;
        }
        return place.equals(regionKey) ? 1 : -1;
    }
}
