package io.hirestage.base;

/**
 * A stored thing that people edit from a form or a board and whose JPA {@code @Version} the
 * screen remembers, so a save can tell whether someone else saved in between.
 */
public interface Versioned {

    /** The version as stored now; a screen keeps the one it showed and hands it back on save. */
    long getVersion();
}
