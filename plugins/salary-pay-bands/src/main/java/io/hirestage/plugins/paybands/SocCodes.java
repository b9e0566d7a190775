package io.hirestage.plugins.paybands;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SOC 2018 occupation codes, as the portal names occupations ({@code 15-1252} is Software
 * Developers). A band names a detailed occupation; the portal asks with one.
 */
final class SocCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{2})-\\d{4}");

    /** The 23 major groups of SOC 2018, 11 (Management) to 55 (Military): a code outside them names no occupation. */
    private static final Set<String> MAJOR_GROUPS = Set.of("11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31",
            "33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53", "55");

    private SocCodes() {
    }

    /** Whether a query's code names an occupation at all; a made-up code ("00-0000") is covered by no band. */
    static boolean isOccupation(String code) {
        if (code == null) {
            return false;
        }
        Matcher matcher = CODE.matcher(code.trim());
        return matcher.matches() && MAJOR_GROUPS.contains(matcher.group(1));
    }

    /**
     * What is wrong with a band's occupation code, for the row's message; empty when it is a detailed
     * occupation. A group code (ending in 0, such as 15-1250) is refused rather than matched loosely,
     * since the portal asks with detailed codes and such a band would silently answer nothing.
     */
    static Optional<String> problemWith(String code) {
        Matcher matcher = CODE.matcher(code);
        if (!matcher.matches()) {
            return Optional.of("occupation " + Cells.quoted(code)
                    + " is not a SOC code such as 15-1252; leave it empty for every occupation");
        }
        if (!MAJOR_GROUPS.contains(matcher.group(1))) {
            return Optional.of("occupation " + code + " is not a SOC 2018 code (those start with 11 to 55, such as 15-1252)");
        }
        if (code.endsWith("0")) {
            return Optional.of("occupation " + code + " is a group of occupations; give a detailed code such as 15-1252, "
                    + "or leave it empty for every occupation");
        }
        return Optional.empty();
    }
}
