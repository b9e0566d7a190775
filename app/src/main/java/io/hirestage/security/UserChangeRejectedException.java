package io.hirestage.security;

/**
 * A user change the service refuses, with a message for the admin and, where it belongs to one,
 * the form field it concerns, so the form can show it there.
 */
public class UserChangeRejectedException extends RuntimeException {

    /** The form field a rejection concerns. */
    public enum Field { USERNAME, EMAIL, PASSWORD, ROLES, ENABLED, NONE }

    private final Field field;

    public UserChangeRejectedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
