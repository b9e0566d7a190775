package io.hirestage.security;

import java.util.Locale;

/** The one spelling of a user name: how it is stored, looked up at login and counted by the login throttle. */
final class Usernames {

    private Usernames() {
    }

    /** "  Ada " and "ada" are the same user name. */
    static String canonical(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    }
}
