package io.hirestage.plugins.paybands;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a pay bands file may have, named in its header row in any order and any case. */
enum Column {
    LEVEL(true), LOCATION(true), CURRENCY(true), MIN(true), MID(true), MAX(true),
    /** A SOC code; empty for a band that applies to every occupation. */
    OCCUPATION(false),
    /** annual (the default) or hourly. */
    PERIOD(false),
    /** Anything the admin wants to keep beside a band; never read. */
    NOTES(false);

    private final boolean required;

    Column(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }

    /** The name the header row uses. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Column> named(String header) {
        return Arrays.stream(values()).filter(column -> column.header().equals(Cells.key(header))).findFirst();
    }

    static List<Column> requiredOnes() {
        return Arrays.stream(values()).filter(Column::required).toList();
    }

    /** The column list as messages give it. */
    static String described() {
        return "level, location, currency, min, mid, max, and optionally occupation, period and notes";
    }
}
