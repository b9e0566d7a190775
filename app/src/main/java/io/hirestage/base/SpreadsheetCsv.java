package io.hirestage.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV that people open in a spreadsheet, the only way the portal writes CSV: RFC 4180 quoting, every
 * cell quoted, and no cell that a spreadsheet would run as a formula. Candidates write their own
 * names, locations and links, so a cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab, a carriage return or a NUL gets a leading {@code '} (ASVS 5.0 1.2.10, OWASP "CSV
 * Injection"): the spreadsheet shows it as text, and a reader of the file sees why.
 */
public final class SpreadsheetCsv implements Closeable {

    private static final String FORMULA_STARTS = "=+-@\t\r\0";

    private final CSVPrinter printer;

    public SpreadsheetCsv(Writer out, String... header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get());
            row((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; {@code null} is an empty cell, anything else its {@code toString()}, made safe. */
    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(cell -> cell == null ? null : neutralised(cell.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
