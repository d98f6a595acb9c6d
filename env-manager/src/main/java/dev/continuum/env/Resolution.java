package dev.continuum.env;

import java.nio.file.Path;
import java.util.List;

/** What an environment name in a notebook resolves to on this machine. */
public sealed interface Resolution {

    String name();

    /** Found: the environment, its file and (when it is known here) the template it came from. */
    record Found(String name, Environment environment, Path file, Template template) implements Resolution {

        public boolean updateAvailable() {
            return template != null && environment.updateAvailable(template);
        }
    }

    /** Not found here: the app asks the user for it; {@link #message()} lists what is known. */
    record Unknown(String name, List<String> known) implements Resolution {

        public String message() {
            return Registry.unknown("environment", name, known);
        }
    }
}
