package io.hirestage.plugins.paybands;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts as a spreadsheet writes them: digits with an optional decimal point and, when the cell is
 * quoted, comma thousands separators ({@code 120000}, {@code "120,000"}, {@code 45.50}). Anything
 * else is refused rather than guessed: {@code 120.000} could be 120 or 120 thousand.
 */
final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3}){1,3}(\\.\\d{1,2})?");
    /** A currency sign ($, €, £) or a currency code written with the amount (USD 120000). */
    private static final Pattern MONEY_SIGNS = Pattern.compile(".*(\\p{Sc}|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])).*");

    private Amounts() {
    }

    /**
     * The amount in a cell of the named column.
     *
     * @throws BadCell naming the column and what to write instead
     */
    static BigDecimal parse(String column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new BadCell(column + " is empty");
        }
        boolean negative = value.startsWith("-");
        String digits = negative ? value.substring(1).strip() : value;
        if (!PLAIN.matcher(digits).matches() && !GROUPED.matcher(digits).matches()) {
            if (MONEY_SIGNS.matcher(value).matches()) {
                throw new BadCell(column + " " + Cells.quoted(value) + " is not a number: leave out currency signs and codes, "
                        + "such as 120000 or \"120,000\"");
            }
            throw new BadCell(column + " " + Cells.quoted(value) + " is not a number: write digits with an optional decimal point, "
                    + "such as 95000, 95000.50 or \"95,000\"");
        }
        BigDecimal amount = new BigDecimal(digits.replace(",", ""));
        if (negative && amount.signum() != 0) {
            throw new BadCell(column + " -" + format(amount) + " is negative; pay in a band is more than 0");
        }
        if (amount.signum() == 0) {
            throw new BadCell(column + " is 0; pay in a band is more than 0");
        }
        return amount;
    }

    /** An amount as messages show it: 95,000 or 45.5. */
    static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }
}
