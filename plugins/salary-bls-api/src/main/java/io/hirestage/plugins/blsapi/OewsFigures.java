package io.hirestage.plugins.blsapi;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * The OEWS estimates BLS published for one occupation, place and pay period in one year; a figure BLS
 * did not publish is {@code null}, never zero.
 */
record OewsFigures(int year, BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal p90,
                   BigDecimal mean, Long employment) {

    /** Whether at least one wage is known; employment alone is no benchmark. */
    boolean hasAnyWage() {
        return Stream.of(p10, p25, median, p75, p90, mean).anyMatch(figure -> figure != null);
    }
}
