package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.VideoInterviewResult;
import java.util.Map;
import java.util.Optional;

/**
 * What the portal will not take from a vendor, whatever its plugin says: a result the plugin API's
 * contract rules out, or with a link that {@link VendorLinks} does not allow. A result that fails is kept out of the portal and shown as a vendor error.
 */
final class ResultChecks {

    private ResultChecks() {
    }

    static Optional<String> problemWith(AssessmentResult result) {
        if (result == null || result.status() == null) {
            return Optional.of("The vendor's answer has no status");
        }
        if (result.status() != AssessmentResult.Status.COMPLETED) {
            return Optional.empty();
        }
        if (result.score() == null) {
            return Optional.of("The vendor reported a completed test without a score");
        }
        // Since API 1.1 a vendor may give a percentage without a maximum, and no completion time.
        int maxScore = result.maxScore() == null ? 100 : result.maxScore();
        if (maxScore <= 0) {
            return Optional.of("The vendor reported a maximum score of " + maxScore);
        }
        if (result.score() < 0 || result.score() > maxScore) {
            return Optional.of("The vendor reported a score of " + result.score() + (result.maxScore() == null ? "%" : " out of " + maxScore));
        }
        return VendorLinks.problemWith(result.reportUrl(), "report link").or(() -> outOfRange(result.competencyScores(), "competency"));
    }

    static Optional<String> problemWith(VideoInterviewResult result) {
        if (result == null || result.status() == null) {
            return Optional.of("The vendor's answer has no status");
        }
        if (result.responses().stream().anyMatch(response -> response == null || response.question() == null || response.mediaUrl() == null)) {
            return Optional.of("The vendor reported an answer without its question or recording");
        }
        return VendorLinks.problemWith(result.recordingUrl(), "recording link")
                .or(() -> result.responses().stream().flatMap(response -> VendorLinks.problemWith(response.mediaUrl(), "answer recording link")
                        .stream()).findFirst())
                .or(() -> outOfRange(result.ratings(), "rating"));
    }

    private static Optional<String> outOfRange(Map<String, Integer> percentages, String what) {
        return percentages.entrySet().stream().filter(entry -> entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > 100)
                .findFirst().map(entry -> "The vendor reported a " + what + " of " + entry.getValue() + "% for " + entry.getKey());
    }
}
