package dev.continuum.env;

/** A registry operation that is refused: not allowed, unknown name, invalid values. */
public final class RegistryException extends Exception {

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
