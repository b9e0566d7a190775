package io.hirestage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.HirestageApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A portal started without the demo profile, on an empty database: no demo users, no published
 * secrets key, and the first admin only from the environment. Each start gets its own empty in-memory database (command-line arguments win over
 * the environment, so this holds on the MariaDB run too).
 */
class FirstAdminTests {

    @Test
    void refusesToStartWithoutTheFirstAdmin() {
        assertThatThrownBy(() -> start("--hirestage.first-admin.username=", "--hirestage.first-admin.password="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set HIRESTAGE_ADMIN_USERNAME, HIRESTAGE_ADMIN_EMAIL and HIRESTAGE_ADMIN_PASSWORD");
    }

    @Test
    void refusesToStartWithoutASecretsKeyOfItsOwn() {
        assertThatThrownBy(() -> start("--hirestage.secrets.key=", "--hirestage.first-admin.username=chief",
                "--hirestage.first-admin.email=chief@example.org", "--hirestage.first-admin.password=Strong-Enough-2026"))
                .rootCause().hasMessageStartingWith("Set HIRESTAGE_SECRETS_KEY (hirestage.secrets.key) to the base64 of 32 random bytes");
    }

    @Test
    void refusesAWeakFirstAdminPassword() {
        assertThatThrownBy(() -> start("--hirestage.first-admin.username=root", "--hirestage.first-admin.email=root@example.org",
                "--hirestage.first-admin.password=admin123"))
                .isInstanceOf(IllegalStateException.class).hasMessage("HIRESTAGE_ADMIN_PASSWORD cannot be used: Use at least 12 characters");
        assertThatThrownBy(() -> start("--hirestage.first-admin.username=root", "--hirestage.first-admin.email=root@example.org",
                "--hirestage.first-admin.password=Password12345"))
                .isInstanceOf(IllegalStateException.class).hasMessage("HIRESTAGE_ADMIN_PASSWORD cannot be used: "
                        + "This password is easy to guess: it is built from common passwords. Add a few unrelated words");
    }

    @Test
    void createsTheFirstAdminWithAPasswordInAnyScriptAndNoDemoUsers() {
        try (ConfigurableApplicationContext context = start("--hirestage.first-admin.username=chief",
                "--hirestage.first-admin.email=chief@example.org", "--hirestage.first-admin.password=" + PasswordPolicyTests.CYRILLIC_64)) {
            UserDetailsService users = context.getBean(UserDetailsService.class);

            assertThat(users.loadUserByUsername("chief").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThat(context.getBean(PasswordEncoder.class).matches(PasswordPolicyTests.CYRILLIC_64, users.loadUserByUsername("chief").getPassword()))
                    .isTrue();
            assertThatThrownBy(() -> users.loadUserByUsername("admin")).hasMessageContaining("No user");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(
                "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1",
                "--server.port=0", "--spring.datasource.username=sa", "--spring.datasource.password=",
                // As a jar started without a profile (the tests' own configuration turns the demo on).
                "--spring.profiles.active=default"));
        if (java.util.Arrays.stream(args).noneMatch(arg -> arg.startsWith("--hirestage.secrets.key="))) {
            all.add("--hirestage.secrets.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        }
        all.addAll(java.util.List.of(args));
        return new SpringApplicationBuilder(HirestageApplication.class).run(all.toArray(String[]::new));
    }
}
