package io.hirestage.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who exists before anyone logs in.
 *
 * @param demo       {@code hirestage.demo.enabled}: create the demo users (the default for the local run)
 * @param firstAdmin {@code hirestage.first-admin.*}: in production, the admin to create when there is no user yet
 */
@ConfigurationProperties("hirestage")
record InitialUsersProperties(@DefaultValue Demo demo, @DefaultValue FirstAdmin firstAdmin) {

    record Demo(@DefaultValue("false") boolean enabled) {
    }

    record FirstAdmin(String username, String email, @DefaultValue("Administrator") String fullName, String password) {
    }
}
