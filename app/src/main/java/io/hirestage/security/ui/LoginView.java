package io.hirestage.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.LoginThrottleProperties;
import org.springframework.beans.factory.annotation.Value;

/**
 * The login page. Spring Security checks the credentials; a failed attempt comes back with
 * {@code ?error}, one refused because of too many failures with {@code ?locked}.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Hirestage")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter of a login refused because logins are paused. */
    public static final String LOGINS_PAUSED = "locked";

    private final LoginForm login = new LoginForm();
    private final LoginThrottleProperties throttle;

    public LoginView(@Value("${hirestage.demo.enabled:false}") boolean demo, LoginThrottleProperties throttle) {
        this.throttle = throttle;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Hirestage"), login);
        if (demo) {
            add(demoNotice());
        }
    }

    private static Div demoNotice() {
        Div notice = new Div();
        notice.setId("demo-notice");
        notice.addClassName("demo-notice");
        notice.add(new Paragraph("This is a demo. Log in as "
                + String.join(", ", DemoUsers.ALL.stream().map(DemoUsers.DemoUser::username).toList())
                + " with the password " + DemoUsers.PASSWORD + "."));
        return notice;
    }

    /**
     * The pause is said the same whether the user name exists or not, and whether the name or the
     * address was paused: it must not tell a guesser which accounts are real.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(LOGINS_PAUSED)) {
            login.showErrorMessage("Too many failed logins", "Logins are paused for " + throttle.lockDurationInWords()
                    + ". Wait, then try again; if you forgot your password, ask an admin to reset it.");
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }
}
