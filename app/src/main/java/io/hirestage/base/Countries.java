package io.hirestage.base;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries by their ISO 3166 alpha-2 codes, as candidates' countries, privacy notices and
 * retention policies name them; shown by their English names, which the JDK knows.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private static final List<String> BY_NAME = CODES.stream().sorted(Comparator.comparing(Countries::name)).toList();

    private Countries() {
    }

    /** Whether the code (in any case) names a country. */
    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The country's English name, "Germany" for DE; the code itself when it names none. */
    public static String name(String code) {
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** Every country's code, in the order of their names, for a list to choose from. */
    public static List<String> all() {
        return BY_NAME;
    }
}
