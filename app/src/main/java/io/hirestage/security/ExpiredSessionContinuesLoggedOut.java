package io.hirestage.security;

import java.io.IOException;
import jakarta.servlet.ServletException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What a request of an ended session gets. Spring Security has already logged it out and invalidated
 * the HTTP session; instead of Spring's plain-text notice, which the Vaadin client cannot read, the
 * request goes on as one without a session: a page load is sent to the login page, and Vaadin answers
 * a click or a heartbeat with "session expired", upon which the browser reloads into the login page.
 */
final class ExpiredSessionContinuesLoggedOut implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException, ServletException {
        event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
    }
}
