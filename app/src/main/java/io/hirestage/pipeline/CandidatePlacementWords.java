package io.hirestage.pipeline;

import io.hirestage.candidate.CandidatePlacements;
import io.hirestage.candidate.OpeningEnrolment;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.Openings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline's answers to the candidates list: where each candidate stands, and adding several to an opening. */
@Component
class CandidatePlacementWords implements CandidatePlacements, OpeningEnrolment {

    private final JdbcClient jdbc;
    private final Applications applications;
    private final Openings openings;

    CandidatePlacementWords(JdbcClient jdbc, Applications applications, Openings openings) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.openings = openings;
    }

    /** Read for recruiters and admins, who see every application, so nothing is left out for them. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> describe(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> placements = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.candidate_id, o.title, a.stage, a.status from application a join opening o on o.id = a.opening_id
                        where a.candidate_id in (:ids) order by a.created_at""").param("ids", candidateIds)
                .query(rs -> {
                    placements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2) + " ("
                            + Stage.valueOf(rs.getString(3)).displayName() + ", "
                            + ApplicationStatus.valueOf(rs.getString(4)).displayName().toLowerCase() + ")");
                });
        return placements.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> String.join("; ", entry.getValue())));
    }

    @Override
    public String addAll(Collection<Long> candidateIds, long openingId) {
        String title = openings.find(openingId).title();
        int added = 0;
        List<String> refused = new ArrayList<>();
        for (long candidateId : candidateIds) {
            try {
                applications.add(candidateId, openingId);
                added++;
            } catch (ApplicationRejectedException e) {
                refused.add(e.getMessage());
            }
        }
        return (added == 1 ? "1 added to " : added + " added to ") + title + (refused.isEmpty() ? "" : "; " + String.join("; ", refused));
    }
}
