package io.hirestage.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) through the same guarded services a user goes through, as the
 * actor "system" with the admin role; the audit trail records it as "system".
 */
public final class RunAsSystem {

    private RunAsSystem() {
    }

    public static <T> T call(Supplier<T> work) {
        return call("system", work);
    }

    /** As {@link #call(Supplier)}, for a background task that names itself in the audit trail ("retention schedule"). */
    public static <T> T call(String actor, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(actor, null,
                    AuthorityUtils.createAuthorityList(Role.ADMIN.authority(), Role.RECRUITER.authority())));
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
