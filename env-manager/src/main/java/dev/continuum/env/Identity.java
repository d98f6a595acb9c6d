package dev.continuum.env;

import java.util.Set;

/** A user as the permission rules see them: admin or not, and the groups they are in. */
public record Identity(String user, boolean admin, Set<String> groups) {

    public Identity {
        groups = Set.copyOf(groups);
    }

    public Role role() {
        return admin ? Role.ADMIN : Role.USER;
    }

    /** Whether something shared with {@code principals} ({@code user:NAME}, {@code group:NAME}) reaches this user. */
    public boolean reachedBy(java.util.Collection<String> principals) {
        return principals.contains(Principal.user(user).toString())
                || groups.stream().anyMatch(g -> principals.contains(Principal.group(g).toString()));
    }
}
