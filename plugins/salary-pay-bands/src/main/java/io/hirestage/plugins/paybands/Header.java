package io.hirestage.plugins.paybands;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file's header row: which column holds what. Empty columns after the last named one are
 * allowed, as spreadsheets often save them.
 *
 * @param positions where each named column is
 * @param width     how many columns the header names
 */
record Header(Map<Column, Integer> positions, int width) {

    /**
     * The header in the first row, or empty after adding to {@code problems} why the rows cannot be
     * read with it.
     */
    static Optional<Header> read(List<String> cells, FileProblems problems) {
        int width = widthWithoutTrailingBlanks(cells);
        if (width == 1 && cells.get(0).contains(";")) {
            problems.addToFile("The columns are separated by semicolons; save the file as CSV with commas between columns "
                    + "(in Excel: CSV UTF-8 (Comma delimited))");
            return Optional.empty();
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String name = cells.get(i).strip();
            Optional<Column> column = Column.named(name);
            if (name.isEmpty()) {
                found.add("Column " + (i + 1) + " of the header row has no name; name it or remove the column");
            } else if (column.isEmpty()) {
                unknown.add(name);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                found.add("The header row names the column " + column.get().header() + " twice");
            }
        }
        if (positions.isEmpty()) {
            problems.addToFile("The first row does not name the columns: add a header row above the bands, such as "
                    + "level,location,currency,min,mid,max (in any order; occupation, period and notes are optional). "
                    + "The first row reads " + Cells.quoted(String.join(",", cells)));
            return Optional.empty();
        }
        unknown.forEach(name -> found.add("The header row names a column " + Cells.quoted(name) + ", which is not one of "
                + Column.described()));
        Column.requiredOnes().stream().filter(column -> !positions.containsKey(column))
                .forEach(column -> found.add("The header row has no " + column.header() + " column"));
        found.forEach(problems::addToFile);
        return found.isEmpty() ? Optional.of(new Header(Map.copyOf(positions), width)) : Optional.empty();
    }

    /**
     * A row's values by column, or empty after adding to {@code problems} that the row does not have
     * the header's columns (most often an amount with a comma that is not in quotes).
     */
    Optional<Map<Column, String>> cells(long row, List<String> values, FileProblems problems) {
        int given = widthWithoutTrailingBlanks(values);
        if (values.size() < width) {
            problems.add(row, "it has " + values.size() + " values where the header names " + width + " columns; "
                    + "check for a missing comma");
            return Optional.empty();
        }
        if (given > width) {
            problems.add(row, "it has " + given + " values where the header names " + width + " columns; "
                    + "put an amount with a comma in quotes, such as \"120,000\"");
            return Optional.empty();
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        positions.forEach((column, position) -> cells.put(column, values.get(position).strip()));
        return Optional.of(cells);
    }

    private static int widthWithoutTrailingBlanks(List<String> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }
}
