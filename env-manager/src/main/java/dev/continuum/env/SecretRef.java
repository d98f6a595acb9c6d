package dev.continuum.env;

import java.util.Optional;

/**
 * Where a secret parameter's value really lives. JSON files hold only this reference:
 * {@code store:NAME} (the encrypted local store), {@code env:VAR}, {@code file:PATH} or
 * {@code ssh-agent}.
 */
public sealed interface SecretRef {

    String DESCRIPTION = "store:NAME, env:VAR, file:PATH or ssh-agent";

    record Store(String name) implements SecretRef {
    }

    record EnvVar(String variable) implements SecretRef {
    }

    record File(String path) implements SecretRef {
    }

    record SshAgent() implements SecretRef {
    }

    /** The reference, or empty when the text is not one (it must then never be echoed: it may be the secret). */
    static Optional<SecretRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals("ssh-agent")) {
            return Optional.of(new SshAgent());
        }
        if (text.startsWith("store:") && text.length() > 6 && text.substring(6).matches("[A-Za-z0-9._-]+")) {
            return Optional.of(new Store(text.substring(6)));
        }
        if (text.startsWith("env:") && text.substring(4).matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return Optional.of(new EnvVar(text.substring(4)));
        }
        if (text.startsWith("file:") && text.length() > 5) {
            return Optional.of(new File(text.substring(5)));
        }
        return Optional.empty();
    }
}
