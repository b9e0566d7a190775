package io.hirestage.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void explainsEachWayAPasswordIsTooWeak() {
        assertThat(PasswordPolicy.problemWith("Short-1", "ada")).contains("Use at least 12 characters");
        assertThat(PasswordPolicy.problemWith("onlylettershere", "ada")).contains("Mix letters with digits or symbols");
        assertThat(PasswordPolicy.problemWith("Password1234", "ada")).contains("This password is too common; choose another");
        assertThat(PasswordPolicy.problemWith("my-name-is-Lovelace-1", "lovelace")).contains("The password must not contain the user name");
    }

    @Test
    void acceptsALongMixedPasswordAndTheDemoPassword() {
        assertThat(PasswordPolicy.problemWith("Correct-Horse-42", "ada")).isEmpty();
        assertThat(PasswordPolicy.problemWith(DemoUsers.PASSWORD, "admin")).isEmpty();
    }
}
