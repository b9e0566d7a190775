package io.hirestage.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.security.PasswordPolicy;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserDraft;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UsersViewTests extends SpringBrowserlessTest {

    private String username;

    @BeforeEach
    void openTheAddUserForm() {
        username = "kim-" + UUID.randomUUID().toString().substring(0, 8);
        navigate(UsersView.class);
        test(find(Button.class).id("add-user")).click();
    }

    @Test
    void aValidUserIsAddedAndListed() {
        fill(username, username + "@example.org", "Correct-Horse-42");
        save();

        assertThat(find(Dialog.class).exists()).isFalse();
        test(find(TextField.class).withPlaceholder("Find by name, user name or email").single()).setValue(username);
        var grid = test(find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(((User) grid.getRow(0)).roles()).containsExactly(Role.RECRUITER);
    }

    @Test
    void aBadEmailIsShownOnTheEmailFieldAndNothingIsSaved() {
        fill(username, "kim-at-example", "Correct-Horse-42");
        save();

        EmailField email = find(EmailField.class).withLabel("Email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(UserDraft.INVALID_EMAIL);
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void aTakenUserNameIsShownOnTheUserNameField() {
        fill("recruiter", username + "@example.org", "Correct-Horse-42");
        save();

        TextField name = find(TextField.class).withLabel("User name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("The user name recruiter is taken");
    }

    @Test
    void aWeakPasswordIsShownOnThePasswordField() {
        fill(username, username + "@example.org", "secret");
        save();

        PasswordField password = find(PasswordField.class).withLabel("Initial password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void theFieldSaysTheRuleAndAGuessablePasswordIsRefusedBesideItWithTheReason() {
        PasswordField password = find(PasswordField.class).withLabel("Initial password").single();
        assertThat(password.getHelperText()).startsWith("Leave it empty to invite them instead").endsWith(PasswordPolicy.HINT);

        fill(username, username + "@example.org", "Password12345");
        save();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage())
                .isEqualTo("This password is easy to guess: it is built from common passwords. Add a few unrelated words");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void aSixtyFourCharacterJapanesePasswordIsAccepted() {
        fill(username, username + "@example.org", "いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす、今日は良い天気ですね。本当に良い");
        save();

        assertThat(find(Dialog.class).exists()).isFalse();
        test(find(TextField.class).withPlaceholder("Find by name, user name or email").single()).setValue(username);
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(1);
    }

    @Test
    void aPasswordResetTheRuleRefusesIsShownBesideTheNewPasswordField() {
        fill(username, username + "@example.org", "Correct-Horse-42");
        save();
        test(find(TextField.class).withPlaceholder("Find by name, user name or email").single()).setValue(username);
        test(find(Grid.class).single()).clickRow(0);
        test(find(Button.class).withText("Reset password").single()).click();

        PasswordField password = find(PasswordField.class).withLabel("New password").single();
        assertThat(password.getHelperText()).isEqualTo(PasswordPolicy.HINT);
        test(password).setValue("a".repeat(20) + " is far too long, " + "b".repeat(120));
        test(find(Button.class).withText("Set password").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at most 128 characters");

        test(password).setValue("password1234");
        test(find(Button.class).withText("Set password").single()).click();
        assertThat(password.getErrorMessage()).isEqualTo("This password is among the most common passwords; choose another");
        assertThat(find(PasswordField.class).withLabel("New password").exists()).isTrue();
    }

    private void fill(String user, String email, String password) {
        test(find(TextField.class).withLabel("User name").single()).setValue(user);
        test(find(TextField.class).withLabel("Full name").single()).setValue("Kim Example");
        test(find(EmailField.class).withLabel("Email").single()).setValue(email);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withLabel("Roles").single();
        roles.setValue(Set.of(Role.RECRUITER));
        test(find(PasswordField.class).withLabel("Initial password").single()).setValue(password);
    }

    private void save() {
        test(find(Button.class).id("save-user")).click();
    }
}
