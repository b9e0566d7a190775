package io.hirestage.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.base.ui.CopyableText;
import io.hirestage.mail.MailOutcome;
import io.hirestage.mail.WithMailServer;
import io.hirestage.security.Invitation;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** With a mail server configured, an invitation is emailed, and its link lets the colleague in; when sending fails, the admin gets the link. */
@WithMockUser(username = "admin", roles = "ADMIN")
class InvitationEmailTests extends WithMailServer {

    @Test
    void theInvitedColleagueGetsTheLinkByEmailAndChoosesTheirPasswordWithIt() throws Exception {
        String name = "noa-" + UUID.randomUUID().toString().substring(0, 8);
        String address = name + "@example.org";
        navigate(UsersView.class);
        test(find(Button.class).id("add-user")).click();
        test(find(TextField.class).withLabel("User name").single()).setValue(name);
        test(find(TextField.class).withLabel("Full name").single()).setValue("Noa Invited");
        test(find(EmailField.class).withLabel("Email").single()).setValue(address);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withLabel("Roles").single();
        roles.setValue(Set.of(Role.RECRUITER));
        test(find(Button.class).id("save-user")).click();

        assertThat(find(Paragraph.class).id("invitation-outcome").getText()).startsWith("Emailed the invitation to " + address + ".");
        assertThat(find(TextField.class).withId("invitation-link").exists()).as("a link that went by email is not shown").isFalse();
        MimeMessage mail = mailTo(address).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your Hirestage account");
        String text = (String) mail.getContent();
        assertThat(text).contains("Hello Noa Invited,", "Your user name is " + name + ".");
        Matcher link = Pattern.compile("http://localhost:8080/(welcome/[A-Za-z0-9_-]{43})").matcher(text);
        assertThat(link.find()).isTrue();

        SecurityContextHolder.clearContext();
        navigate(link.group(1), WelcomeView.class);
        test(find(PasswordField.class).withLabel("Your password").single()).setValue("Noas-Own-Secret-2027");
        test(find(PasswordField.class).withLabel("Repeat it").single()).setValue("Noas-Own-Secret-2027");
        test(find(Button.class).id("set-my-password")).click();
        assertThat(find(Paragraph.class).id("password-set").getText()).contains(name);
    }

    @Test
    void whenTheEmailFailsTheAdminIsToldWhyAndGetsTheLinkToPassOn() {
        User kim = new User(1L, "kim", "Kim Doe", "kim@example.org", Set.of(Role.RECRUITER), true, Instant.now(), 0);
        Invitation invitation = new Invitation(kim, URI.create("http://localhost:8080/welcome/abc"), Instant.now());

        InvitationLinkDialog dialog = new InvitationLinkDialog(invitation,
                new MailOutcome.Failed("kim@example.org", "the mail server could not be reached or refused the message"));

        Paragraph said = (Paragraph) dialog.getChildren().filter(Paragraph.class::isInstance).findFirst().orElseThrow();
        assertThat(said.getText()).startsWith("The invitation could not be emailed: the mail server could not be reached or refused the "
                + "message. Pass this link on to Kim Doe (kim@example.org).");
        assertThat(dialog.getChildren().filter(CopyableText.class::isInstance).map(link -> ((CopyableText) link).field().getValue()))
                .containsExactly("http://localhost:8080/welcome/abc");
    }
}
