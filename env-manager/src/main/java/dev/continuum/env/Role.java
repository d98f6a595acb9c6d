package dev.continuum.env;

/**
 * The three roles of seed paper 001. An admin creates and publishes templates and manages
 * groups; a group is a named set of users that templates (and environments) are shared with, so
 * its members see what it is given; a user sees what reaches them and instantiates their own,
 * private environments.
 */
public enum Role {
    ADMIN,
    GROUP,
    USER
}
