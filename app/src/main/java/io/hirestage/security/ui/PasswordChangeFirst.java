package io.hirestage.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.hirestage.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Someone who logged in with a password an admin chose (a new account, a reset) goes to My account
 * from every page until they choose their own: until then the admin knows it too.
 */
@Component
class PasswordChangeFirst implements VaadinServiceInitListener {

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
        if (target != MyAccountView.class && target != LoginView.class && users.mustChangePassword()) {
            event.rerouteTo(MyAccountView.class);
        }
    }
}
