package io.hirestage.jobrole;

import io.hirestage.security.Role;
import java.util.Set;

/**
 * One stage of a pipeline template as admins edit it.
 *
 * @param providerId the provider that serves a vendor stage, or {@code null} for other stages
 * @param roles      the user roles that may act on the stage (move candidates into and out of it, send its invitations)
 * @param skippable  whether an opening may leave the stage out of its pipeline
 */
public record StageSettings(Stage stage, boolean enabled, String providerId, Set<Role> roles, boolean skippable) {

    public StageSettings {
        roles = Set.copyOf(roles);
    }
}
