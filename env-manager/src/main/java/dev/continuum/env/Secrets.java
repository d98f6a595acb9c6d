package dev.continuum.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a secret reference into the secret, at the moment a launcher needs it, and never earlier:
 * nothing but the reference is ever stored in a template, environment or notebook.
 */
public final class Secrets {

    private final SecretStore store;
    private final Map<String, String> environment;

    public Secrets(SecretStore store, Map<String, String> environment) {
        this.store = store;
        this.environment = Map.copyOf(environment);
    }

    public static Secrets fromSystem(EnvPaths paths) {
        return new Secrets(new SecretStore(paths.dataDir()), System.getenv());
    }

    /**
     * The secret's value; empty for {@code ssh-agent}, whose keys never leave the agent. Errors
     * name the reference, never a value.
     */
    public Optional<String> resolve(SecretRef reference) throws IOException {
        return switch (reference) {
            case SecretRef.Store s -> Optional.of(store.get(s.name())
                    .orElseThrow(() -> new IOException("no secret named " + s.name() + " in " + store.storeFile())));
            case SecretRef.EnvVar v -> Optional.of(Optional.ofNullable(environment.get(v.variable()))
                    .orElseThrow(() -> new IOException("the environment variable " + v.variable() + " is not set")));
            case SecretRef.File f -> Optional.of(Files.readString(Path.of(f.path()), StandardCharsets.UTF_8).strip());
            case SecretRef.SshAgent a -> Optional.empty();
        };
    }

    /** {@link #resolve(SecretRef)} for the text of a parameter value. */
    public Optional<String> resolve(String reference) throws IOException {
        return resolve(SecretRef.parse(reference)
                .orElseThrow(() -> new IOException("not a secret reference (" + SecretRef.DESCRIPTION + ")")));
    }
}
