package io.hirestage.jobrole;

import io.hirestage.security.Role;
import java.util.Set;

/**
 * One stage of a pipeline template as admins edit it.
 *
 * @param providerId the provider that serves a vendor stage, or {@code null} for other stages
 * @param roles      the user roles that may act on the stage (move candidates into and out of it)
 */
public record StageSettings(Stage stage, boolean enabled, String providerId, Set<Role> roles) {

    public StageSettings {
        roles = Set.copyOf(roles);
    }
}
