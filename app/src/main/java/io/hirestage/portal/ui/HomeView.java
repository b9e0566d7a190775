package io.hirestage.portal.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserService;
import jakarta.annotation.security.PermitAll;

/** Where everyone lands after login: who they are in the portal and what their roles let them do. */
@Route("")
@PageTitle("Home · Hirestage")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(UserService users) {
        User user = users.currentUser().orElseThrow();
        add(new H2("Welcome, " + user.fullName()));
        add(new Paragraph("Hirestage runs structured, fair hiring pipelines. You are signed in as "
                + user.username() + " with these roles:"));
        UnorderedList roles = new UnorderedList();
        roles.setId("my-roles");
        user.roles().stream().sorted().forEach(role -> roles.add(describe(role)));
        add(roles);
    }

    private static ListItem describe(Role role) {
        Span name = new Span(role.displayName());
        name.getStyle().set("font-weight", "600");
        return new ListItem(name, new Span(": " + role.description()));
    }
}
