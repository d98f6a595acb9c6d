package dev.continuum.env;

/** What someone may try to do with a template or an environment. */
public enum Action {
    SEE,
    CREATE,
    /** For a template: sign and share it with groups or users; for an environment: share it. */
    PUBLISH,
    DELETE
}
