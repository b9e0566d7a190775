package io.hirestage.plugins.paybands;

import java.util.List;
import java.util.Locale;

/**
 * A pay bands file that was not loaded, with the problems found, one sentence each. Its message is
 * what the admin reads: the first {@value FileProblems#SHOWN} problems, one per line, then how many more.
 */
final class PayBandsFileRefused extends RuntimeException {

    private final transient List<String> problems;
    private final int count;

    PayBandsFileRefused(List<String> problems, int count) {
        super(report(problems, count), null, false, false);
        this.problems = problems;
        this.count = count;
    }

    /** The problems in the order found (the first {@value FileProblems#KEPT} of a file with more). */
    List<String> problems() {
        return problems;
    }

    /** How many problems the file has in all. */
    int count() {
        return count;
    }

    private static String report(List<String> problems, int count) {
        StringBuilder report = new StringBuilder("The pay bands file was not loaded; correct it and upload it again.");
        problems.stream().limit(FileProblems.SHOWN).forEach(problem -> report.append('\n').append(problem));
        int more = count - Math.min(problems.size(), FileProblems.SHOWN);
        if (more > 0) {
            report.append("\nAnd ").append(String.format(Locale.ENGLISH, "%,d", more))
                    .append(more == 1 ? " more problem." : " more problems.");
        }
        return report.toString();
    }
}
