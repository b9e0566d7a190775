package io.hirestage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.HirestageApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The prod profile on an empty database: no demo users, and the first admin only from the
 * environment. Each start gets its own empty in-memory database (command-line arguments win over
 * the environment, so this holds on the MariaDB run too).
 */
class FirstAdminTests {

    @Test
    void refusesToStartWithoutTheFirstAdmin() {
        assertThatThrownBy(() -> start("--hirestage.first-admin.username=", "--hirestage.first-admin.password="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set HIRESTAGE_ADMIN_USERNAME, HIRESTAGE_ADMIN_EMAIL and HIRESTAGE_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakFirstAdminPassword() {
        assertThatThrownBy(() -> start("--hirestage.first-admin.username=root", "--hirestage.first-admin.email=root@example.org",
                "--hirestage.first-admin.password=admin123"))
                .isInstanceOf(IllegalStateException.class).hasMessage("HIRESTAGE_ADMIN_PASSWORD is too weak: Use at least 12 characters");
    }

    @Test
    void createsTheFirstAdminAndNoDemoUsers() {
        try (ConfigurableApplicationContext context = start("--hirestage.first-admin.username=chief",
                "--hirestage.first-admin.email=chief@example.org", "--hirestage.first-admin.password=Strong-Enough-2026")) {
            UserDetailsService users = context.getBean(UserDetailsService.class);

            assertThat(users.loadUserByUsername("chief").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThatThrownBy(() -> users.loadUserByUsername("admin")).hasMessageContaining("No user");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";
        all[1] = "--server.port=0";
        all[2] = "--spring.datasource.username=sa";
        all[3] = "--spring.datasource.password=";
        all[4] = "--hirestage.secrets.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        System.arraycopy(args, 0, all, 5, args.length);
        return new SpringApplicationBuilder(HirestageApplication.class).profiles("prod").run(all);
    }
}
