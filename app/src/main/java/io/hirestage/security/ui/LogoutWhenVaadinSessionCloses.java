package io.hirestage.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Makes the idle timeout log the user out. With {@code vaadin.closeIdleSessions} Vaadin closes a
 * session that saw nothing but heartbeats for the session timeout, yet it only drops its own part of
 * the HTTP session: the login stays in it, and the browser's reload would open the portal again.
 * Ending the HTTP session with it sends that reload to the login page.
 */
@Component
class LogoutWhenVaadinSessionCloses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(LogoutWhenVaadinSessionCloses::endHttpSession);
    }

    private static void endHttpSession(SessionDestroyEvent event) {
        WrappedSession httpSession = event.getSession().getSession();
        if (httpSession == null) {
            return;
        }
        try {
            httpSession.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // The HTTP session ended first (timed out, logged out): nothing left to do.
        }
    }
}
