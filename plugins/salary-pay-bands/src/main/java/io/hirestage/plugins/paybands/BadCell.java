package io.hirestage.plugins.paybands;

/** A cell that cannot be read; its message completes "Row 4: ..." in the list shown to the admin. */
final class BadCell extends RuntimeException {

    BadCell(String problem) {
        super(problem, null, false, false);
    }
}
