package io.hirestage.security;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends a user's sessions when what let them in changes: the account is disabled, an admin resets the
 * password, or the user changes it. Sessions are those Spring Security's {@link SessionRegistry}
 * tracks on this node; an ended session is marked expired there, and its next request (a click, a
 * heartbeat, a page load) logs it out and lands on the login page.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** For a disabled account or a password an admin set: every session of the user ends. */
    void endAll(String username) {
        sessionsOf(username).forEach(SessionInformation::expireNow);
    }

    /**
     * For a password the user changed themselves: the session they changed it in goes on, every other
     * one ends. Without a current request (no session to keep) all of them end.
     */
    void endAllButCurrent(String username) {
        Optional<String> current = currentSessionId();
        sessionsOf(username).filter(session -> current.map(id -> !id.equals(session.getSessionId())).orElse(true))
                .forEach(SessionInformation::expireNow);
    }

    private Stream<SessionInformation> sessionsOf(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> username.equals(principal instanceof UserDetails user ? user.getUsername() : Objects.toString(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream());
    }

    /** The HTTP session of the request being served; Vaadin's requests run through Spring's request context too. */
    private static Optional<String> currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty() : Optional.of(request.getSessionId());
    }
}
