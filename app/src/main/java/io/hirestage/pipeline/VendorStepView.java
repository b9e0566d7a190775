package io.hirestage.pipeline;

import io.hirestage.jobrole.Stage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A vendor stage's invitation for an application.
 *
 * @param score     the total, once completed (for a video interview, the mean rating); {@code null} before
 * @param breakdown per competency (assessment, 0 to 100) or per rated criterion (video interview)
 * @param problem   why it failed, for {@link VendorStepStatus#FAILED} and {@link VendorStepStatus#VENDOR_ERROR}
 */
public record VendorStepView(String requestKey, Stage stage, String providerId, String what, VendorStepStatus status, String problem,
                             Integer score, Integer maxScore, Map<String, Integer> breakdown, String reportUrl, String sentBy,
                             Instant sentAt, Instant updatedAt) {

    public VendorStepView {
        breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
    }

    /** The score in percent of its maximum, once there is one. */
    public Optional<Long> percent() {
        return score == null || maxScore == null || maxScore == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * score / maxScore));
    }

    /** The score as a recruiter reads it: "41 / 50 (82 %)". */
    public String scoreText() {
        return percent().map(percent -> score + " / " + maxScore + " (" + percent + " %)").orElse("");
    }

    /** Sending, waiting for the candidate, or failed and waiting for a retry. */
    public boolean isOpen() {
        return status == VendorStepStatus.SENDING || status == VendorStepStatus.INVITED || status == VendorStepStatus.FAILED;
    }

    public boolean mayBeRetried() {
        return status == VendorStepStatus.FAILED;
    }

    static String format(Map<String, Integer> breakdown) {
        return breakdown.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().replace('\n', ' ').replace("=", "-") + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
    }

    static Map<String, Integer> parse(String breakdown) {
        Map<String, Integer> parsed = new LinkedHashMap<>();
        if (breakdown != null && !breakdown.isBlank()) {
            Arrays.stream(breakdown.split("\n")).map(line -> line.split("=", 2)).filter(parts -> parts.length == 2)
                    .forEach(parts -> parsed.put(parts[0], Integer.valueOf(parts[1])));
        }
        return parsed;
    }
}
