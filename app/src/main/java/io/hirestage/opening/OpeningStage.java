package io.hirestage.opening;

import io.hirestage.jobrole.Stage;
import io.hirestage.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;

/**
 * A stage of an opening's pipeline.
 *
 * @param providerId the provider serving a vendor stage, {@code null} for the others
 * @param roles      the user roles that may act on it, from the job role's template
 * @param skippable  whether admins allow an opening to leave it out
 * @param skipped    whether this opening leaves it out
 * @param alertAfterDays after how many days in it a candidate waits too long, or {@code null} for no limit
 */
public record OpeningStage(Stage stage, String providerId, Set<Role> roles, boolean skippable, boolean skipped, Integer alertAfterDays) {

    public OpeningStage {
        roles = Set.copyOf(roles);
    }

    /**
     * Whether someone with these roles may move candidates into and out of this stage. Admins may act on
     * every stage: they mend what went wrong, whoever the template leaves the stage to.
     */
    /** Whether a candidate who entered the stage then has waited past its limit by now. */
    public boolean waitedTooLong(Instant enteredAt, Instant now) {
        return alertAfterDays != null && enteredAt.plus(Duration.ofDays(alertAfterDays)).isBefore(now);
    }

    public boolean mayBeActedOnBy(Set<Role> userRoles) {
        return userRoles.contains(Role.ADMIN) || !Collections.disjoint(roles, userRoles);
    }
}
