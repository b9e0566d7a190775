package io.hirestage.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roles of whoever the current request or task runs as. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Set<Role> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null) {
            return roles;
        }
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .forEach(authority -> Arrays.stream(Role.values()).filter(role -> role.authority().equals(authority)).forEach(roles::add));
        return roles;
    }

    /** The user name of whoever the request runs as, or {@code null} outside a request or task. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    /** Recruiters and admins see every opening, candidate and application. */
    public static boolean seesEverything() {
        Set<Role> roles = roles();
        return roles.contains(Role.ADMIN) || roles.contains(Role.RECRUITER);
    }
}
