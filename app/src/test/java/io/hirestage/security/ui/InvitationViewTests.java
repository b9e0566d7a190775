package io.hirestage.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin invites a colleague without choosing a password; the colleague chooses it through the link, once. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class InvitationViewTests extends SpringBrowserlessTest {

    @Test
    void anAdminPassesOnALinkAndTheNewColleagueChoosesTheirPasswordWithIt() {
        String name = "lea-" + UUID.randomUUID().toString().substring(0, 8);
        navigate(UsersView.class);
        test(find(Button.class).id("add-user")).click();
        test(find(TextField.class).withLabel("User name").single()).setValue(name);
        test(find(TextField.class).withLabel("Full name").single()).setValue("Lea Invited");
        test(find(EmailField.class).withLabel("Email").single()).setValue(name + "@example.org");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withLabel("Roles").single();
        roles.setValue(java.util.Set.of(Role.INTERVIEWER));
        test(find(Button.class).id("save-user")).click();

        assertThat(find(Paragraph.class).id("invitation-outcome").getText())
                .startsWith("The portal sends no email (no mail server is configured), so it could not mail the link. Pass this link on");
        String link = find(TextField.class).id("invitation-link").getValue();
        assertThat(link).startsWith("http://localhost:8080/welcome/");
        String path = link.substring("http://localhost:8080/".length());

        SecurityContextHolder.clearContext();
        navigate(path, WelcomeView.class);
        assertThat(find(Paragraph.class).id("welcome").getText()).isEqualTo("Welcome, Lea Invited. Choose your password; "
                + "you log in with the user name " + name + ".");
        test(find(PasswordField.class).withLabel("Your password").single()).setValue("Leas-Own-Secret-2027");
        test(find(PasswordField.class).withLabel("Repeat it").single()).setValue("Leas-Own-Secret-2027");
        test(find(Button.class).id("set-my-password")).click();
        assertThat(find(Paragraph.class).id("password-set").getText()).contains(name);

        navigate(path, WelcomeView.class);
        assertThat(find(Paragraph.class).id("link-gone").getText()).as("a link works once")
                .startsWith("This link no longer works");
    }
}
