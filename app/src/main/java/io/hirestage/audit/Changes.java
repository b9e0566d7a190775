package io.hirestage.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields an edit changed, each with its old and new value, for the audit trail:
 * {@code Location: London → Lisbon; Tags: java → java, kotlin}. Fields that kept their value are
 * left out. Values may name a person, so erasing them takes these changes out of the trail.
 */
public final class Changes {

    static final int VALUE_LENGTH = 200;
    private static final String NOTHING = "—";

    private final List<String> names = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();

    private Changes() {
    }

    /** Starts comparing a record before and after an edit. */
    public static Changes compare() {
        return new Changes();
    }

    /** Notes the field if its value changed; {@code null} and blank are the same "nothing". */
    public Changes field(String name, Object before, Object after) {
        String was = shown(before);
        String now = shown(after);
        if (!was.equals(now)) {
            names.add(name);
            changed.add(name + ": " + was + " → " + now);
        }
        return this;
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    /** The changed field names, for a summary: "location and tags". */
    public List<String> fieldNames() {
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    private static String shown(Object value) {
        String text = value == null ? "" : Objects.toString(value).strip();
        if (text.isEmpty()) {
            return NOTHING;
        }
        return AuditEvent.cut(text.lines().collect(Collectors.joining(" ")), VALUE_LENGTH);
    }
}
