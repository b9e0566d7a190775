package io.hirestage.security;

import java.util.List;
import java.util.Set;

/**
 * The users demo mode creates, one per role, all with the same documented password. The login page
 * lists them while demo mode is on; the prod profile never creates them.
 */
public final class DemoUsers {

    /** The password of every demo user. Demo mode only. */
    public static final String PASSWORD = "Hirestage-Demo-2026";

    /** A demo user: log in with {@code username} and {@link #PASSWORD}. */
    public record DemoUser(String username, String fullName, Role role) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Ada Admin", Role.ADMIN),
            new DemoUser("recruiter", "Riley Recruiter", Role.RECRUITER),
            new DemoUser("manager", "Morgan Manager", Role.HIRING_MANAGER),
            new DemoUser("interviewer", "Ivan Interviewer", Role.INTERVIEWER));

    private DemoUsers() {
    }

    static UserDraft draft(DemoUser user) {
        return new UserDraft(user.username(), user.fullName(), user.username() + "@hirestage.demo", Set.of(user.role()));
    }
}
