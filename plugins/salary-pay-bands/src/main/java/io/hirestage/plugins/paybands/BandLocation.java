package io.hirestage.plugins.paybands;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a band applies: a country ({@code US}), or a region or city in it after a dash
 * ({@code US-CA}, {@code DE-Berlin}). The part after the dash is matched against both the region and
 * the city of a query, so the file need not say which one it is.
 *
 * @param written  as the file writes it, shown with the figures
 * @param country  ISO 3166-1 alpha-2 code, upper case
 * @param place    the region or city, or {@code null} for the whole country
 */
record BandLocation(String written, String country, String place) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Letters in any script, digits, spaces, dots, apostrophes and dashes: "Winston-Salem", "St. John's", "Saint-Étienne". */
    private static final Pattern PLACE = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd} .'’-]{0,79}");

    /** An ISO 3166-2 subdivision code as written after the country: one to three capitals or digits (CA, BE, 75). */
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9]{1,3}");

    /**
     * The location in a band's cell.
     *
     * @throws BadCell saying what a location looks like
     */
    static BandLocation parse(String text) {
        String written = text.strip();
        if (written.isEmpty()) {
            throw new BadCell("location is empty; write a country code such as US, or US-CA, DE-Berlin");
        }
        int dash = written.indexOf('-');
        String country = (dash < 0 ? written : written.substring(0, dash)).strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            String hint = country.equals("UK") ? " (the United Kingdom is GB)" : "";
            throw new BadCell("location " + Cells.quoted(written) + " does not start with a two-letter ISO country code such as US, GB "
                    + "or DE" + hint);
        }
        if (dash < 0) {
            return new BandLocation(written, country, null);
        }
        String place = written.substring(dash + 1).strip();
        if (!PLACE.matcher(place).matches()) {
            throw new BadCell("location " + Cells.quoted(written) + " has no region code or city name after the dash, "
                    + "such as US-CA or DE-Berlin");
        }
        return new BandLocation(written, country, place);
    }

    /** Whether the band applies to the whole country. */
    boolean countryWide() {
        return place == null;
    }

    /** The place as compared with a query's region and city; empty for a country-wide band. */
    String placeKey() {
        return place == null ? "" : Cells.key(place);
    }

    /** Whether the place is written as a region code rather than a city name, for what the source says it covers. */
    boolean namesRegionCode() {
        return place != null && REGION_CODE.matcher(place).matches();
    }
}
