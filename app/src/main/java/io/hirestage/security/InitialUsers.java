package io.hirestage.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in: the demo users in demo mode, otherwise the first admin from the
 * environment when the database has no user yet. Runs before the web server opens, so a production
 * start without a usable first admin fails with a message that says what to set.
 */
@Component
class InitialUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserService users;
    private final InitialUsersProperties properties;
    private final Validator validator;

    InitialUsers(UserService users, InitialUsersProperties properties, Validator validator) {
        this.users = users;
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.demo().enabled()) {
            DemoUsers.ALL.forEach(user -> users.createAtStartupIfMissing(DemoUsers.draft(user), DemoUsers.PASSWORD));
            log.warn("Demo mode: demo users {} can log in with the documented demo password. Use the prod profile in production.",
                    DemoUsers.ALL.stream().map(DemoUsers.DemoUser::username).toList());
        } else if (!users.hasAnyUser()) {
            createFirstAdmin(properties.firstAdmin());
        }
    }

    private void createFirstAdmin(InitialUsersProperties.FirstAdmin admin) {
        if (isBlank(admin.username()) || isBlank(admin.email()) || isBlank(admin.password())) {
            throw new IllegalStateException("The database has no user yet: set HIRESTAGE_ADMIN_USERNAME, HIRESTAGE_ADMIN_EMAIL "
                    + "and HIRESTAGE_ADMIN_PASSWORD to create the first admin");
        }
        UserDraft draft = new UserDraft(admin.username(), admin.fullName(), admin.email(), EnumSet.of(Role.ADMIN));
        Set<ConstraintViolation<UserDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The first admin from HIRESTAGE_ADMIN_* is not valid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        PasswordPolicy.problemWith(admin.password(), admin.username()).ifPresent(problem -> {
            throw new IllegalStateException("HIRESTAGE_ADMIN_PASSWORD cannot be used: " + problem);
        });
        users.createAtStartupIfMissing(draft, admin.password());
        log.info("Created the first admin '{}' from HIRESTAGE_ADMIN_*", draft.getUsername());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
