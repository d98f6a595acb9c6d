package dev.continuum.env;

/**
 * The permission matrix. Templates: admins may do everything; a user may only see templates
 * shared with them or one of their groups. Environments: private to their owner, who alone may
 * share or delete them; others see one only when it is shared with them or their group (admins
 * included: a user's environment may hold their host names and accounts). Creating an
 * environment means instantiating a template the user can see, for themselves.
 */
public final class Permissions {

    private Permissions() {
    }

    public static boolean mayManageGroups(Identity who) {
        return who.admin();
    }

    public static boolean may(Identity who, Action action, Template template) {
        if (who.admin()) {
            return true;
        }
        return action == Action.SEE && (who.user().equals(template.owner()) || who.reachedBy(template.sharedWith()));
    }

    /** {@code from} is the template the environment is (or would be) made from; null if unknown here. */
    public static boolean may(Identity who, Action action, Environment environment, Template from) {
        boolean owner = who.user().equals(environment.owner());
        return switch (action) {
            case SEE -> owner || who.reachedBy(environment.sharedWith());
            case CREATE -> owner && from != null && may(who, Action.SEE, from);
            case PUBLISH, DELETE -> owner;
        };
    }
}
