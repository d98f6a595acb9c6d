package dev.continuum.app.environments;

import java.util.List;

/** Lets tests in other packages give the choices a registry's names without files. */
public final class EnvironmentChoicesAccess {

    private EnvironmentChoicesAccess() {
    }

    public static void set(EnvironmentChoices choices, List<String> names) {
        choices.set(names);
    }
}
