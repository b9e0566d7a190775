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
import org.springframework.beans.factory.annotation.Value;

/** The login page. Spring Security checks the credentials; a failed attempt comes back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Hirestage")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(@Value("${hirestage.demo.enabled:false}") boolean demo) {
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
