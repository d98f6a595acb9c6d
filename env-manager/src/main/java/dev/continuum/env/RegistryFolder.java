package dev.continuum.env;

import java.nio.file.Path;

/**
 * One folder of the registry: {@code templates/NAME.json} (+ {@code NAME.sig} when published),
 * {@code environments/NAME.json}, {@code groups.json} and {@code trusted-keys/*.pub}. The user's
 * own folder is trusted as it is; a shared one (a lab file system, a git checkout) only serves
 * templates signed by one of its trusted keys.
 */
public record RegistryFolder(Path root, boolean shared) {

    public static RegistryFolder user(Path root) {
        return new RegistryFolder(root, false);
    }

    public static RegistryFolder shared(Path root) {
        return new RegistryFolder(root, true);
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path environments() {
        return root.resolve("environments");
    }

    public Path trustedKeys() {
        return root.resolve("trusted-keys");
    }

    public Path groupsFile() {
        return root.resolve("groups.json");
    }

    public Path templateFile(String name) {
        return templates().resolve(name + ".json");
    }

    public Path environmentFile(String name) {
        return environments().resolve(name + ".json");
    }
}
