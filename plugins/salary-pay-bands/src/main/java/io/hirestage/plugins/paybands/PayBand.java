package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * One row of the pay bands file: the pay range for a level in a place.
 *
 * @param row        the file's row it came from (the header is row 1), named in answers and messages
 * @param level      the level it is for; {@link Seniority#ANY} for every level
 * @param location   where it applies
 * @param occupation the SOC code it is for, or {@code null} for every occupation
 * @param currency   what the amounts are in
 * @param period     what the amounts cover
 * @param min        the lowest pay in the band
 * @param mid        the band's midpoint
 * @param max        the highest pay in the band
 */
record PayBand(int row, Seniority level, BandLocation location, String occupation, Currency currency, PayPeriod period,
               BigDecimal min, BigDecimal mid, BigDecimal max) {

    /** What makes two rows the same band: a second row for it is a mistake, not a choice. */
    record Key(Seniority level, String country, String place, String occupation, PayPeriod period) {
    }

    Key key() {
        return new Key(level, location.country(), location.placeKey(), occupation, period);
    }

    /** The band in words, for the message naming a duplicate: "senior, US-CA, every occupation, annual". */
    String describe() {
        return level.name().toLowerCase(java.util.Locale.ROOT) + ", " + location.written() + ", "
                + (occupation == null ? "every occupation" : occupation) + ", " + period.name().toLowerCase(java.util.Locale.ROOT);
    }
}
