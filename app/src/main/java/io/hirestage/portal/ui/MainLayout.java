package io.hirestage.portal.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.hirestage.notification.InboxFeed;
import io.hirestage.notification.Notifications;
import io.hirestage.notification.ui.InboxButton;
import io.hirestage.security.User;
import io.hirestage.security.UserService;
import io.hirestage.security.ui.MyAccountView;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every view after login. The side navigation lists only the views the user's
 * roles may open: {@link MenuConfiguration} applies the same access rules as navigation does.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(UserService users, AuthenticationContext authentication, Notifications notifications, InboxFeed inboxFeed) {
        Span title = new Span("Hirestage");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        User user = users.currentUser().orElseThrow();

        HorizontalLayout navbar = new HorizontalLayout(title, new InboxButton(notifications, inboxFeed, user.id()),
                userMenu(user, authentication));
        navbar.setWidthFull();
        navbar.expand(title);
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.addClassNames(LumoUtility.Padding.End.MEDIUM);

        addToNavbar(new DrawerToggle(), navbar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static MenuBar userMenu(User user, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(user.fullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Span name = new Span(user.fullName());
        // On a phone the initials are enough; the name would push the header sideways.
        name.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Small.INLINE);
        var top = menu.addItem(new HorizontalLayout(avatar, name));
        top.setAriaLabel(user.fullName() + ": account menu");
        top.getSubMenu().addItem("My account", event -> top.getUI().ifPresent(ui -> ui.navigate(MyAccountView.class)));
        top.getSubMenu().addItem("Log out", event -> authentication.logout());
        return menu;
    }
}
