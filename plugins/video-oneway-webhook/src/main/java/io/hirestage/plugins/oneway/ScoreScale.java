package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.ProviderException;
import java.math.BigDecimal;

/**
 * The vendor's rating scale, from 0 to its highest score (5 for stars, 100 for a percentage), turned
 * into the percentages the portal shows: a score is {@code score / highest * 100}, rounded, so 4 of
 * 5 stars is 80%. A score outside the scale is the vendor's error or a wrong setting, never clipped.
 *
 * @param highest the highest score the vendor gives
 */
record ScoreScale(long highest) {

    /**
     * The score as a whole percentage.
     *
     * @param rated  what was rated, for messages: a competency, or "the answers overall"
     * @param answer how messages name the vendor's answer
     */
    int percent(Object score, String rated, String answer) {
        if (!(score instanceof Number number)) {
            throw new ProviderException(answer + " rates " + rated + " with something that is not a number", false);
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value) || value < 0 || value > highest) {
            throw new ProviderException(answer + " rates " + rated + " at " + shown(number) + ", outside the scale of 0 to " + highest
                    + " set in Highest score at the vendor", false);
        }
        return (int) Math.round(value * 100 / highest);
    }

    private static String shown(Number number) {
        try {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number.toString();
        }
    }
}
