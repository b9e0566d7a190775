package io.hirestage.plugins.paybands;

import io.hirestage.plugin.api.SettingField;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the pay bands file an admin uploaded: a header row naming the columns, then one band per
 * row. The whole file is checked before anything is used; one wrong row refuses the file, with every
 * problem listed by row, so a band is never half loaded or silently skipped.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the header is row 1. Lines starting with
 * {@code #} are comments and empty lines are skipped, but both still count, so the numbers match the
 * lines of the file in a text editor too.
 */
final class PayBandsCsv {

    /** Excel saves "CSV UTF-8" with a byte order mark, which would otherwise stick to the first column's name. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .setCommentMarker('#')
            .get();

    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line: )(\\d{1,9})");

    private PayBandsCsv() {
    }

    /**
     * The bands in the file.
     *
     * @throws PayBandsFileRefused listing by row everything that is wrong with it
     */
    static PayBandTable read(String text) {
        FileProblems problems = new FileProblems();
        String content = text == null ? "" : text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        if (content.length() > SettingField.MAX_TEXT_FILE_LENGTH) {
            problems.addToFile("The file is longer than " + String.format(Locale.ENGLISH, "%,d", SettingField.MAX_TEXT_FILE_LENGTH)
                    + " characters, the most the portal keeps for a file");
            throw problems.refusal();
        }
        if (content.isBlank()) {
            problems.addToFile("The file is empty: it needs a header row (level,location,currency,min,mid,max) and a row for each band");
            throw problems.refusal();
        }
        List<PayBand> bands = readRows(content, problems);
        if (!problems.any() && bands.isEmpty()) {
            problems.addToFile("The file has a header row but no bands below it");
        }
        if (problems.any()) {
            throw problems.refusal();
        }
        return new PayBandTable(bands);
    }

    private static List<PayBand> readRows(String content, FileProblems problems) {
        List<PayBand> bands = new ArrayList<>();
        Map<PayBand.Key, PayBand> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            Header header = null;
            long linesBefore = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    problems.add(lineOf(unreadable).orElse(linesBefore + 1), syntaxProblem(unreadable));
                    problems.addToFile("The rest of the file after that row could not be read");
                    break;
                }
                long row = linesBefore + 1 + commentLines(record);
                linesBefore = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    Optional<Header> read = Header.read(values, problems);
                    if (read.isEmpty()) {
                        break;
                    }
                    header = read.get();
                    continue;
                }
                header.cells(row, values, problems).flatMap(cells -> BandRowReader.read(row, cells, problems))
                        .ifPresent(band -> addUnlessSeen(band, seen, bands, problems));
            }
        } catch (IOException e) {
            // A StringReader does not fail; should the parser still, the file is refused like any unreadable one.
            problems.addToFile("The file could not be read as CSV");
        }
        return bands;
    }

    private static void addUnlessSeen(PayBand band, Map<PayBand.Key, PayBand> seen, List<PayBand> bands, FileProblems problems) {
        PayBand first = seen.putIfAbsent(band.key(), band);
        if (first == null) {
            bands.add(band);
        } else {
            problems.add(band.row(), "the same band as row " + first.row() + " (" + band.describe() + "); keep one of them");
        }
    }

    /** The parser's own words name its internals; say what the admin sees in the file instead. */
    private static String syntaxProblem(RuntimeException unreadable) {
        String detail = String.valueOf(unreadable.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return "a value opens a quote (\") that is never closed; close it, or remove the stray quote";
        }
        if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            return "there is text after a closing quote; put the whole value inside the quotes, such as \"120,000\"";
        }
        return "it cannot be read as CSV; check its quotes and commas";
    }

    /** The parser names the line where the broken value starts, which may be below comment lines. */
    private static Optional<Long> lineOf(RuntimeException unreadable) {
        Matcher line = PARSER_LINE.matcher(String.valueOf(unreadable.getMessage()));
        return line.find() ? Optional.of(Long.parseLong(line.group(1))) : Optional.empty();
    }

    private static long commentLines(CSVRecord record) {
        return record.hasComment() ? record.getComment().lines().count() : 0;
    }
}
