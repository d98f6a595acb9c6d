package dev.continuum.launchers.jupyter.wire;

/** Frames that are not a well-formed, correctly signed, fresh Jupyter message; the message is dropped. */
public final class InvalidMessageException extends Exception {

    public InvalidMessageException(String message) {
        super(message);
    }

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
