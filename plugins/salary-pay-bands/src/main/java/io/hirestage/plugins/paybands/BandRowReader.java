package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads one row of the file into a band, noting every wrong cell of the row rather than only the first. */
final class BandRowReader {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** Codes people use that ISO 4217 does not have, with the one it does. */
    private static final Map<String, String> COMMON_MISTAKES = Map.of("UKP", "GBP", "STG", "GBP", "RMB", "CNY", "NTD", "TWD");

    private final long row;
    private final Map<Column, String> cells;
    private final FileProblems problems;
    private boolean wrong;

    private BandRowReader(long row, Map<Column, String> cells, FileProblems problems) {
        this.row = row;
        this.cells = cells;
        this.problems = problems;
    }

    /** The row's band, or empty after adding to {@code problems} what is wrong with it. */
    static Optional<PayBand> read(long row, Map<Column, String> cells, FileProblems problems) {
        return new BandRowReader(row, cells, problems).band();
    }

    private Optional<PayBand> band() {
        Seniority level = cell(Column.LEVEL, BandRowReader::level);
        BandLocation location = cell(Column.LOCATION, BandLocation::parse);
        String occupation = cell(Column.OCCUPATION, BandRowReader::occupation);
        Currency currency = cell(Column.CURRENCY, BandRowReader::currency);
        PayPeriod period = cell(Column.PERIOD, BandRowReader::period);
        BigDecimal min = cell(Column.MIN, text -> Amounts.parse("min", text));
        BigDecimal mid = cell(Column.MID, text -> Amounts.parse("mid", text));
        BigDecimal max = cell(Column.MAX, text -> Amounts.parse("max", text));
        if (min != null && mid != null && min.compareTo(mid) > 0) {
            problem("min " + Amounts.format(min) + " is above mid " + Amounts.format(mid));
        }
        if (mid != null && max != null && max.compareTo(mid) < 0) {
            problem("max " + Amounts.format(max) + " is below mid " + Amounts.format(mid));
        }
        return wrong ? Optional.empty() : Optional.of(new PayBand(Math.toIntExact(row), level, location, occupation, currency,
                period, min, mid, max));
    }

    /** The cell read, or {@code null} after noting why it cannot be; an optional column the file lacks reads as empty. */
    private <T> T cell(Column column, Function<String, T> reading) {
        try {
            return reading.apply(cells.getOrDefault(column, ""));
        } catch (BadCell e) {
            problem(e.getMessage());
            return null;
        }
    }

    private void problem(String problem) {
        wrong = true;
        problems.add(row, problem);
    }

    private static Seniority level(String text) {
        return switch (Cells.key(text)) {
            case "junior" -> Seniority.JUNIOR;
            case "mid" -> Seniority.MID;
            case "senior" -> Seniority.SENIOR;
            case "lead" -> Seniority.LEAD;
            case "any" -> Seniority.ANY;
            case "" -> throw new BadCell("level is empty; write junior, mid, senior, lead, or any for every level");
            default -> throw new BadCell("level " + Cells.quoted(text) + " is not one of junior, mid, senior, lead or any");
        };
    }

    private static String occupation(String text) {
        if (text.isBlank()) {
            return null;
        }
        SocCodes.problemWith(text.strip()).ifPresent(problem -> {
            throw new BadCell(problem);
        });
        return text.strip();
    }

    private static Currency currency(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new BadCell("currency is empty; write an ISO 4217 code such as USD, EUR or GBP");
        }
        try {
            Currency currency = CURRENCY_CODE.matcher(code).matches() ? Currency.getInstance(code) : null;
            // Codes without minor units (XAU gold, XXX "no currency", XDR) are not money anyone is paid in.
            if (currency != null && currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException unknown) {
            // said below
        }
        String hint = Optional.ofNullable(COMMON_MISTAKES.get(code)).map(right -> " (write " + right + ")").orElse("");
        throw new BadCell("currency " + Cells.quoted(text) + " is not an ISO 4217 currency code such as USD, EUR or GBP" + hint);
    }

    private static PayPeriod period(String text) {
        return switch (Cells.key(text)) {
            case "", "annual" -> PayPeriod.ANNUAL;
            case "hourly" -> PayPeriod.HOURLY;
            default -> throw new BadCell("period " + Cells.quoted(text) + " is neither annual nor hourly (empty means annual)");
        };
    }
}
