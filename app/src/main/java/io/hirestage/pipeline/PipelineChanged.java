package io.hirestage.pipeline;

/**
 * Published (as a Spring application event) when an application changed: moved, closed, noted, or
 * its vendor stage answered. {@link PipelineFeed} hands it to open views once committed.
 */
public record PipelineChanged(Long openingId, Long applicationId, Long candidateId) {
}
