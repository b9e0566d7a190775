package io.hirestage.plugin;

import java.util.Map;

/** Settings an admin entered that do not fit the provider's schema; nothing was saved. */
public class InvalidSettingsException extends RuntimeException {

    private final Map<String, String> problems;

    InvalidSettingsException(Map<String, String> problems) {
        super("Some settings are not valid: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** What is wrong, by setting key, for the form to show on each field. */
    public Map<String, String> problems() {
        return problems;
    }
}
