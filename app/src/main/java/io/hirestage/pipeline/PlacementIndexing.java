package io.hirestage.pipeline;

import io.hirestage.search.CandidateDocument;
import io.hirestage.search.CandidateIndex;
import io.hirestage.search.CandidateIndexContributor;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the search index where candidates stand in the openings (so the candidates grid filters by
 * opening, stage and status), and which candidates to index again when an application changes.
 */
@Component
class PlacementIndexing implements CandidateIndexContributor {

    private final JdbcClient jdbc;
    private final CandidateIndex index;

    PlacementIndexing(JdbcClient jdbc, CandidateIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    @Transactional(readOnly = true)
    public void describe(Map<Long, CandidateDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        jdbc.sql("select candidate_id, opening_id, stage, status from application where candidate_id in (:ids)")
                .param("ids", documents.keySet())
                .query(rs -> {
                    CandidateDocument document = documents.get(rs.getLong(1));
                    if (document != null) {
                        document.placement(rs.getLong(2), rs.getString(3), rs.getString(4));
                    }
                });
    }

    /** In the transaction of the change: the candidate is indexed again once it commits. */
    @EventListener
    void onPipelineChanged(PipelineChanged changed) {
        if (changed.candidateId() != null) {
            index.changed(changed.candidateId());
        }
    }
}
