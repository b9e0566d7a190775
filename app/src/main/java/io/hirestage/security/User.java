package io.hirestage.security;

import java.time.Instant;
import java.util.Set;

/**
 * A portal user as views and other features see it; never carries the password hash.
 *
 * @param version what the user looked like when read; an update with an older version is refused
 */
public record User(Long id, String username, String fullName, String email, Set<Role> roles, boolean enabled,
                   Instant createdAt, long version) {

    public User {
        roles = Set.copyOf(roles);
    }
}
