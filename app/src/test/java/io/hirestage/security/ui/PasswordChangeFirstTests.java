package io.hirestage.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import io.hirestage.opening.ui.OpeningsView;
import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.User;
import io.hirestage.security.UserDraft;
import io.hirestage.security.UserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A user whose password an admin chose lands on My account from every page until they choose their own. */
@SpringBootTest
class PasswordChangeFirstTests extends SpringBrowserlessTest {

    private static final String FROM_THE_ADMIN = "Handed-Over-Secret-2027";

    @Autowired
    UserService users;

    @Test
    void aNewUserChoosesTheirOwnPasswordBeforeAnythingElseAndThenGoesAnywhere() {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        User user = RunAsSystem.call(() -> users.create(new UserDraft(name, "New " + name.substring(4), name + "@example.org",
                Set.of(Role.RECRUITER)), FROM_THE_ADMIN));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                AuthorityUtils.createAuthorityList(Role.RECRUITER.authority())));

        UI.getCurrent().navigate(OpeningsView.class);

        assertThat(getCurrentView()).as("every page brings them to My account").isInstanceOf(MyAccountView.class);
        assertThat(find(Paragraph.class).id("choose-your-password").getText()).startsWith("An admin chose the password you logged in with");

        test(find(PasswordField.class).withLabel("Current password").single()).setValue(FROM_THE_ADMIN);
        test(find(PasswordField.class).withLabel("New password").single()).setValue("My-Very-Own-Secret-2027");
        test(find(PasswordField.class).withLabel("Repeat the new password").single()).setValue("My-Very-Own-Secret-2027");
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(find(Paragraph.class).withId("choose-your-password").exists()).isFalse();
        navigate(OpeningsView.class);
        assertThat(getCurrentView()).isInstanceOf(OpeningsView.class);
    }

    @Test
    void someoneWhoChoseTheirPasswordIsNotStopped() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("recruiter", null,
                AuthorityUtils.createAuthorityList(Role.RECRUITER.authority())));

        navigate(OpeningsView.class);

        assertThat(getCurrentView()).isInstanceOf(OpeningsView.class);
    }
}
