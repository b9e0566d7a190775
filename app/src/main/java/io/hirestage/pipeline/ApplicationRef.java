package io.hirestage.pipeline;

/** An application as a person selected it: its id and the version they saw. */
public record ApplicationRef(long id, long version) {
}
