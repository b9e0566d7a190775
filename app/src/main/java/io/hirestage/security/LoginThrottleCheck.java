package io.hirestage.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asked before the password check: refuses a paused user name or address, and otherwise leaves the
 * login to the user database (returns {@code null}). Not a bean on purpose: a bean of this type
 * would stop Spring Boot from making the password check out of the user details service.
 */
final class LoginThrottleCheck implements AuthenticationProvider {

    private final LoginThrottle throttle;

    LoginThrottleCheck(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (throttle.refuses(authentication.getName(), clientAddress(authentication))) {
            throw new LoginsPausedException();
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The address as the servlet request gives it ({@code getRemoteAddr()}): behind a proxy it is the
     * proxy's unless the operator lets Spring Boot honour forwarded headers
     * ({@code server.forward-headers-strategy}), which a client could otherwise forge.
     */
    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
