package io.hirestage.plugins.paybands;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a pay bands file, row by row, gathered so the admin can correct everything in one go. */
final class FileProblems {

    /** Enough to work through at once; the rest usually share a cause with the first. */
    static final int SHOWN = 20;

    /** A file of a million characters could have hundreds of thousands of wrong rows; beyond this many they are only counted. */
    static final int KEPT = 1_000;

    private final List<String> kept = new ArrayList<>();
    private int count;

    /** A problem in a row; {@code problem} completes "Row 4: ...". */
    void add(long row, String problem) {
        keep("Row " + row + ": " + problem + ".");
    }

    /** A problem with the file as a whole. */
    void addToFile(String problem) {
        keep(problem + ".");
    }

    boolean any() {
        return count > 0;
    }

    /** Refuses the file with everything found so far. */
    PayBandsFileRefused refusal() {
        return new PayBandsFileRefused(List.copyOf(kept), count);
    }

    private void keep(String problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }
}
