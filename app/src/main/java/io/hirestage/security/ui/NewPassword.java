package io.hirestage.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import io.hirestage.security.PasswordPolicy;

/** A password a person chooses for themselves, typed twice: the rule and the match are checked on its fields. */
final class NewPassword {

    final PasswordField password;
    final PasswordField repeat;

    NewPassword(String passwordLabel, String repeatLabel) {
        password = new PasswordField(passwordLabel);
        repeat = new PasswordField(repeatLabel);
        password.setHelperText(PasswordPolicy.HINT);
    }

    /** Whether the password keeps the rule and both fields match; if not, the field at fault says why. */
    boolean isAcceptable(String username) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        var problem = PasswordPolicy.problemWith(password.getValue(), username);
        if (problem.isPresent()) {
            showProblem(password, problem.get());
            return false;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            showProblem(repeat, "The two passwords differ");
            return false;
        }
        return true;
    }

    String value() {
        return password.getValue();
    }

    void clear() {
        password.clear();
        repeat.clear();
    }

    static void showProblem(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
