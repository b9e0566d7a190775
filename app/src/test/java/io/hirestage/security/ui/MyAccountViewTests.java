package io.hirestage.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.PasswordPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** Only refusals here: the demo recruiter's password must stay as documented for the other tests. */
@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class MyAccountViewTests extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    private PasswordField next;

    @BeforeEach
    void openMyAccount() {
        navigate(MyAccountView.class);
        next = find(PasswordField.class).withLabel("New password").single();
    }

    @Test
    void theNewPasswordFieldSaysTheRule() {
        assertThat(next.getHelperText()).isEqualTo(PasswordPolicy.HINT);
    }

    @Test
    void eachRefusalIsShownBesideTheNewPasswordFieldAndThePasswordStays() {
        assertRefusedWith("Short-1", "Use at least 12 characters");
        assertRefusedWith("p".repeat(129), "Use at most 128 characters");
        assertRefusedWith("password1234", "This password is among the most common passwords; choose another");
        assertRefusedWith("Password12345", "This password is easy to guess: it is built from common passwords. Add a few unrelated words");
        assertRefusedWith("the recruiter of the year 2026", "The password must not contain the user name");

        assertThat(passwordEncoder.matches(DemoUsers.PASSWORD, userDetails.loadUserByUsername("recruiter").getPassword())).isTrue();
    }

    private void assertRefusedWith(String password, String message) {
        test(find(PasswordField.class).withLabel("Current password").single()).setValue(DemoUsers.PASSWORD);
        test(next).setValue(password);
        test(find(PasswordField.class).withLabel("Repeat the new password").single()).setValue(password);
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(next.isInvalid()).as(password).isTrue();
        assertThat(next.getErrorMessage()).as(password).isEqualTo(message);
    }
}
