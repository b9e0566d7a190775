package io.hirestage.search;

import java.util.Map;

/** A feature that knows more about candidates than who they are (where they stand in the openings) and adds it to their documents. */
public interface CandidateIndexContributor {

    /** Adds what this feature knows to each document, in one or a few queries for all of them. */
    void describe(Map<Long, CandidateDocument> documents);
}
