package io.hirestage.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What the user form edits. The form and the service validate it with the same constraints. */
public class UserDraft {

    /** Shown for a malformed email address, by the form field and by the service alike. */
    public static final String INVALID_EMAIL = "Enter a valid email address, such as ada@example.org";

    @NotBlank(message = "Enter a user name")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}",
            message = "Use 3 to 60 lower-case letters, digits, dots, dashes or underscores")
    private String username = "";

    @NotBlank(message = "Enter the full name")
    @Size(max = 120, message = "Use at most 120 characters")
    private String fullName = "";

    @NotBlank(message = "Enter an email address")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = INVALID_EMAIL)
    @Size(max = 200, message = "Use at most 200 characters")
    private String email = "";

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public UserDraft() {
    }

    public UserDraft(String username, String fullName, String email, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A draft filled from an existing user, for editing. */
    public static UserDraft of(User user) {
        return new UserDraft(user.username(), user.fullName(), user.email(), user.roles());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
