package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultChecksTests {

    private static final Instant DONE = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void aCompletedTestNeedsAScoreWithinItsMaximum() {
        assertThat(ResultChecks.problemWith(completed(120, 100, Map.of()))).contains("The vendor reported a score of 120 out of 100");
        assertThat(ResultChecks.problemWith(completed(-1, 100, Map.of()))).contains("The vendor reported a score of -1 out of 100");
        assertThat(ResultChecks.problemWith(completed(5, 0, Map.of()))).contains("The vendor reported a maximum score of 0");
        assertThat(ResultChecks.problemWith(new AssessmentResult(AssessmentResult.Status.COMPLETED, null, null, Map.of(), null, DONE)))
                .contains("The vendor reported a completed test without a score");
    }

    /** API 1.1: the assessment partner API gives an id and later a percentage; nothing else. */
    @Test
    void withoutAMaximumTheScoreIsAPercentageAndTheCompletionTimeMayBeMissing() {
        assertThat(ResultChecks.problemWith(new AssessmentResult(AssessmentResult.Status.COMPLETED, 72, null, Map.of(), null, null))).isEmpty();
        assertThat(ResultChecks.problemWith(new AssessmentResult(AssessmentResult.Status.COMPLETED, 140, null, Map.of(), null, null)))
                .contains("The vendor reported a score of 140%");
    }

    @Test
    void competencyScoresArePercentages() {
        assertThat(ResultChecks.problemWith(completed(80, 100, Map.of("API design", 130))))
                .contains("The vendor reported a competency of 130% for API design");
    }

    @Test
    void aSoundResultPasses() {
        assertThat(ResultChecks.problemWith(completed(80, 100, Map.of("API design", 75)))).isEmpty();
        assertThat(ResultChecks.problemWith(new AssessmentResult(AssessmentResult.Status.INVITED, null, null, Map.of(), null, null))).isEmpty();
    }

    @Test
    void anAnswerWithoutStatusOrAVideoAnswerWithoutItsRecordingIsRefused() {
        assertThat(ResultChecks.problemWith((AssessmentResult) null)).contains("The vendor's answer has no status");
        VideoInterviewResult noRecording = new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED, null,
                List.of(new VideoResponse("Why us?", null, "Because")), Map.of());
        assertThat(ResultChecks.problemWith(noRecording)).contains("The vendor reported an answer without its question or recording");
        VideoInterviewResult fine = new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED, null,
                List.of(new VideoResponse("Why us?", URI.create("https://v.example/1"), null)), Map.of("Communication", 80));
        assertThat(ResultChecks.problemWith(fine)).isEmpty();
    }

    @Test
    void aVendorLinkMustBeHttpsOrHttpToThisMachine() {
        for (String link : List.of("javascript:alert(document.cookie)", "JAVASCRIPT://x/%0aalert(1)", "data:text/html,%3Cscript%3Ex%3C/script%3E",
                "http://reports.vendor.example/1", "ftp://vendor.example/r", "https://user:pass@vendor.example/r", "/relative/report")) {
            assertThat(ResultChecks.problemWith(reported(link))).as(link).hasValueSatisfying(problem -> assertThat(problem)
                    .startsWith("The vendor's report link is not an https address"));
        }
        assertThat(ResultChecks.problemWith(reported("https://reports.vendor.example/1"))).isEmpty();
        assertThat(ResultChecks.problemWith(reported("http://localhost:8089/reports/1"))).as("a mock vendor or sandbox on this machine").isEmpty();

        VideoInterviewResult javascriptAnswer = new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED, null,
                List.of(new VideoResponse("Why us?", URI.create("javascript:alert(1)"), null)), Map.of());
        assertThat(ResultChecks.problemWith(javascriptAnswer)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("The vendor's answer recording link is not an https address"));
        VideoInterviewResult plainHttpRecording = new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED,
                URI.create("http://cdn.vendor.example/r.mp4"), List.of(), Map.of());
        assertThat(ResultChecks.problemWith(plainHttpRecording)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("The vendor's recording link is not an https address"));
    }

    private static AssessmentResult reported(String link) {
        return new AssessmentResult(AssessmentResult.Status.COMPLETED, 80, 100, Map.of(), URI.create(link), DONE);
    }

    private static AssessmentResult completed(int score, int max, Map<String, Integer> competencies) {
        return new AssessmentResult(AssessmentResult.Status.COMPLETED, score, max, competencies, null, DONE);
    }
}
