package io.hirestage.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.UserService;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Someone who logged in with a password an admin chose (a new account, a reset) goes to My account
 * from every page until they choose their own: until then the admin knows it too.
 */
@Component
class PasswordChangeFirst implements VaadinServiceInitListener {

    /**
     * The user name this session found free to go anywhere, so the database is asked once per
     * session and not on every page. A reset ends the user's sessions, so the answer cannot go stale.
     */
    private static final String CLEARED = PasswordChangeFirst.class.getName() + ".cleared";

    private final UserService users;

    PasswordChangeFirst(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        VaadinSession session = event.getUI().getSession();
        String username = CurrentUser.username();
        if (target == MyAccountView.class || target == LoginView.class || Objects.equals(session.getAttribute(CLEARED), username)) {
            return;
        }
        if (users.mustChangePassword()) {
            event.rerouteTo(MyAccountView.class);
        } else {
            session.setAttribute(CLEARED, username);
        }
    }
}
