package dev.continuum.env;

import java.util.Locale;

/**
 * Whom a template or environment is shared with: a group or a user, written {@code group:NAME}
 * or {@code user:NAME} in {@code shared_with}.
 */
public record Principal(Role role, String name) {

    public Principal {
        if (role == Role.ADMIN) {
            throw new IllegalArgumentException("share with a group or a user; admins see every template already");
        }
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a group or user name is letters, digits, '.', '_' or '-': " + name);
        }
    }

    public static Principal group(String name) {
        return new Principal(Role.GROUP, name);
    }

    public static Principal user(String name) {
        return new Principal(Role.USER, name);
    }

    /** {@code group:NAME}, {@code user:NAME}, or a bare name, taken as a group. */
    public static Principal parse(String text) {
        if (text.startsWith("user:")) {
            return user(text.substring(5));
        }
        return group(text.startsWith("group:") ? text.substring(6) : text);
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
