package io.hirestage.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import io.hirestage.audit.ui.AuditLogView;
import io.hirestage.portal.ui.HomeView;
import io.hirestage.plugin.ui.PluginsView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class LoginRedirectionTests extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToTheLoginPageWhereverTheyGo() {
        navigate("admin/users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithAnonymousUser
    void theLoginPageSaysItIsADemoAndGivesTheDemoLogins() {
        navigate(LoginView.class);

        assertThat(find(Div.class).id("demo-notice").getElement().getTextRecursively())
                .contains("This is a demo", "admin", "recruiter", "manager", "interviewer", "Hirestage-Demo-2026");
    }

    @Test
    @WithAnonymousUser
    void aPausedLoginIsExplainedWithoutSayingWhetherTheAccountExists() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(LoginView.LOGINS_PAUSED, "")));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Too many failed logins", "Logins are paused for 15 minutes")
                .doesNotContainIgnoringCase("incorrect username");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aRecruiterCannotOpenAdminViewsAndDoesNotSeeThemInTheMenu() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("Home", "Inbox", "Openings", "Candidates");

        navigate("admin/users", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        navigate("admin/plugins", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PluginsView.class);
        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminSeesTheAdminViewsInTheMenu() {
        navigate(HomeView.class);

        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Inbox", "Openings", "Candidates", "Users", "Pipeline templates", "Plugins", "Privacy", "Audit trail", "Search index");
    }
}
