package io.hirestage.jobrole;

import io.hirestage.security.Role;
import java.util.Set;

/**
 * One stage of a pipeline template as admins edit it.
 *
 * @param providerId     the provider that serves a vendor stage, or {@code null} for other stages
 * @param roles          the user roles that may act on the stage (move candidates into and out of it, send its invitations)
 * @param skippable      whether an opening may leave the stage out of its pipeline
 * @param alertAfterDays after how many days in the stage a candidate counts as waiting too long (the board
 *                       highlights them, their team is told), or {@code null} for no limit
 */
public record StageSettings(Stage stage, boolean enabled, String providerId, Set<Role> roles, boolean skippable, Integer alertAfterDays) {

    /** The longest a limit may be: a year. */
    public static final int MAX_ALERT_DAYS = 365;

    public StageSettings {
        roles = Set.copyOf(roles);
    }

    /** A stage without a time limit. */
    public StageSettings(Stage stage, boolean enabled, String providerId, Set<Role> roles, boolean skippable) {
        this(stage, enabled, providerId, roles, skippable, null);
    }

    /** What to fix when a limit is out of range or unreadable, for the stages named ("Resume screening, Offer"). */
    public static String alertAfterProblem(String stages) {
        return "Alert after: use 1 to " + MAX_ALERT_DAYS + " days for " + stages + ", or leave it empty for no limit";
    }

    public StageSettings alertAfter(Integer days) {
        return new StageSettings(stage, enabled, providerId, roles, skippable, days);
    }
}
