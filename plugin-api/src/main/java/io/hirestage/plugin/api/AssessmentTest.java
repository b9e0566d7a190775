package io.hirestage.plugin.api;

import java.time.Duration;
import java.util.List;

/**
 * A test a vendor offers.
 *
 * @param id           the vendor's identifier of the test
 * @param name         display name, for example "Backend system design"
 * @param duration     how long a candidate needs
 * @param competencies the competencies it measures, in the portal's words (for example
 *                     "API design and system structuring")
 */
public record AssessmentTest(String id, String name, Duration duration, List<String> competencies) {

    /** Copies the list so the record stays immutable. */
    public AssessmentTest {
        competencies = List.copyOf(competencies);
    }
}
