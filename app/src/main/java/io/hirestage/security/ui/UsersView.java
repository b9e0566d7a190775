package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.InvitationMail;
import io.hirestage.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Admin > Users: find, add and edit users, disable them and reset their passwords. */
@Route("admin/users")
@PageTitle("Users · Hirestage")
@Menu(order = 100, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final InvitationMail invitationMail;
    private final Grid<User> grid = new Grid<>(User.class, false);
    private final TextField search = new TextField();

    public UsersView(UserService users, InvitationMail invitationMail) {
        this.users = users;
        this.invitationMail = invitationMail;
        setSizeFull();

        search.setPlaceholder("Find by name, user name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        Button add = new Button("Add user", VaadinIcon.PLUS.create(), event -> open(null));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(User::fullName).setHeader("Name").setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(User::username).setHeader("User name").setSortProperty("username").setAutoWidth(true);
        grid.addColumn(User::email).setHeader("Email").setSortProperty("email").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(Role::displayName).collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(user -> user.enabled() ? "Active" : "Disabled").setHeader("Status").setSortProperty("enabled");
        grid.setItemsPageable(pageable -> users.list(search.getValue(), pageable).getContent());
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(new H2("Users"), toolbar, grid);
    }

    private void open(User user) {
        UserFormDialog dialog = new UserFormDialog(users, invitationMail, user, () -> grid.getDataProvider().refreshAll());
        dialog.open();
    }
}
