package io.hirestage.plugin;

import java.util.Map;
import java.util.stream.Collectors;

/** Settings an admin entered that do not fit the provider's schema; nothing was saved. */
public class InvalidSettingsException extends RuntimeException {

    private final Map<String, String> problems;

    /**
     * @param problems what is wrong, by setting key
     * @param labels   each setting's label, by key, so the message names settings as the form does
     */
    InvalidSettingsException(Map<String, String> problems, Map<String, String> labels) {
        super("Some settings are not valid: " + problems.entrySet().stream()
                .map(problem -> labels.getOrDefault(problem.getKey(), problem.getKey()) + ": " + problem.getValue())
                .sorted().collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    /** What is wrong, by setting key, for the form to show on each field. */
    public Map<String, String> problems() {
        return problems;
    }
}
