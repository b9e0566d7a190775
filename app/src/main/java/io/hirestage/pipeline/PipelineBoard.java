package io.hirestage.pipeline;

import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningProgress;
import io.hirestage.opening.OpeningProgressSource;
import io.hirestage.opening.OpeningView;
import io.hirestage.search.CandidateIndex;
import io.hirestage.search.CandidateIndexQuery;
import io.hirestage.opening.Openings;
import io.hirestage.security.UserDirectory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an opening's board: how many active candidates each stage holds and, a page at a time, their
 * cards, longest waiting first. Plain SQL, because a card joins the candidate and its latest vendor
 * step and the board reads one column page per query.
 */
@Service
public class PipelineBoard implements OpeningProgressSource {

    private final JdbcClient jdbc;
    private final Openings openings;
    private final UserDirectory users;
    private final VendorStepRepository steps;
    private final ApplicationVisibility visibility;
    private final CandidateIndex index;

    PipelineBoard(JdbcClient jdbc, Openings openings, UserDirectory users, VendorStepRepository steps, ApplicationVisibility visibility,
                  CandidateIndex index) {
        this.jdbc = jdbc;
        this.index = index;
        this.openings = openings;
        this.users = users;
        this.steps = steps;
        this.visibility = visibility;
    }

    /** Active candidates per stage of the opening, as far as the filter and the user's access let them be seen. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Stage, Long> counts(long openingId, BoardFilter filter) {
        Query query = where(openingId, filter);
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        jdbc.sql("select a.stage, count(*) from application a join candidate c on c.id = a.candidate_id" + query.sql
                        + " group by a.stage")
                .params(query.params).query((rs, row) -> Map.entry(Stage.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /**
     * For the openings list: active candidates per stage and hires of each opening. Of an opening the
     * user sees only in part (an interviewer), only the applications they are assigned to count.
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, OpeningProgress> progressOf(Collection<OpeningView> of) {
        Long me = users.currentUserId();
        Map<Boolean, List<Long>> wholeOrPart = of.stream().collect(Collectors.partitioningBy(
                opening -> visibility.seesWholeOpening(opening, me), Collectors.mapping(OpeningView::id, Collectors.toList())));
        Map<Long, Map<Stage, Long>> active = new HashMap<>();
        Map<Long, Long> hired = new HashMap<>();
        wholeOrPart.forEach((whole, ids) -> {
            if (ids.isEmpty()) {
                return;
            }
            List<Object> params = new ArrayList<>(ids);
            String onlyMine = "";
            if (!whole) {
                onlyMine = " and exists (select 1 from application_interviewer ai where ai.application_id = a.id and ai.user_id = ?)";
                params.add(me);
            }
            jdbc.sql("select a.opening_id, a.status, a.stage, count(*) from application a where a.opening_id in ("
                            + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") and a.status in ('ACTIVE', 'HIRED')"
                            + onlyMine + " group by a.opening_id, a.status, a.stage")
                    .params(params)
                    .query(rs -> {
                        long opening = rs.getLong(1);
                        if (ApplicationStatus.valueOf(rs.getString(2)) == ApplicationStatus.HIRED) {
                            hired.merge(opening, rs.getLong(4), Long::sum);
                        } else {
                            active.computeIfAbsent(opening, id -> new EnumMap<>(Stage.class)).put(Stage.valueOf(rs.getString(3)), rs.getLong(4));
                        }
                    });
        });
        Map<Long, OpeningProgress> progress = new HashMap<>();
        of.forEach(opening -> progress.put(opening.id(), new OpeningProgress(active.getOrDefault(opening.id(), Map.of()),
                hired.getOrDefault(opening.id(), 0L))));
        return progress;
    }

    /** One page of a stage's cards, longest in the stage first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BoardCard> cards(long openingId, Stage stage, BoardFilter filter, int offset, int limit) {
        return cards(where(openingId, filter), stage, "", List.of(), offset, limit);
    }

    /**
     * The cards of these applications that are in the stage (and seen through the filter), longest in
     * the stage first: where candidates just moved landed, whatever page of the column that is.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BoardCard> cards(long openingId, Stage stage, BoardFilter filter, Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return cards(where(openingId, filter), stage, " and a.id in (" + String.join(", ", Collections.nCopies(applicationIds.size(), "?")) + ")",
                List.copyOf(applicationIds), 0, applicationIds.size());
    }

    private List<BoardCard> cards(Query query, Stage stage, String onlySql, List<Long> only, int offset, int limit) {
        List<Object> params = new ArrayList<>(query.params);
        params.add(stage.name());
        params.addAll(only);
        params.add(limit);
        params.add(offset);
        List<BoardCard> cards = jdbc.sql("""
                        select a.id, a.version, a.candidate_id, c.full_name, c.channel, a.stage, a.stage_entered_at
                        from application a join candidate c on c.id = a.candidate_id""" + query.sql
                        + " and a.stage = ?" + onlySql + " order by a.stage_entered_at, a.id limit ? offset ?")
                .params(params)
                .query((rs, row) -> new BoardCard(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        SourcingChannel.valueOf(rs.getString(5)), Stage.valueOf(rs.getString(6)),
                        utc(rs.getObject(7, LocalDateTime.class)), null))
                .list();
        return withLatestSteps(cards);
    }

    private List<BoardCard> withLatestSteps(List<BoardCard> cards) {
        if (cards.isEmpty()) {
            return cards;
        }
        Map<Long, VendorStepView> latest = new HashMap<>();
        steps.findByApplicationIdInOrderBySentAtDescIdDesc(cards.stream().map(BoardCard::applicationId).toList())
                .forEach(step -> latest.putIfAbsent(step.getApplicationId(), step.toView()));
        return cards.stream().map(card -> new BoardCard(card.applicationId(), card.version(), card.candidateId(), card.candidateName(),
                card.channel(), card.stage(), card.stageEnteredAt(), latest.get(card.applicationId()))).toList();
    }

    /** The conditions every board query shares: the opening, active applications, the filter, and who may see what. */
    private Query where(long openingId, BoardFilter filter) {
        OpeningView opening = openings.find(openingId);
        StringBuilder sql = new StringBuilder(" where a.opening_id = ? and a.status = 'ACTIVE'");
        List<Object> params = new ArrayList<>(List.of(openingId));
        if (filter.text() != null && !filter.text().isBlank()) {
            List<Long> named = index.search(new CandidateIndexQuery(null, filter.text(), null, null, null, openingId, null,
                    ApplicationStatus.ACTIVE.name()), List.of(), 0, CandidateIndex.MAX_HITS);
            sql.append(named.isEmpty() ? " and 1 = 0"
                    : " and a.candidate_id in (" + String.join(", ", Collections.nCopies(named.size(), "?")) + ")");
            params.addAll(named);
        }
        if (filter.channel() != null) {
            sql.append(" and c.channel = ?");
            params.add(filter.channel().name());
        }
        Long me = users.currentUserId();
        if (!visibility.seesWholeOpening(opening, me)) {
            sql.append(" and exists (select 1 from application_interviewer ai where ai.application_id = a.id and ai.user_id = ?)");
            params.add(me);
        }
        return new Query(sql.toString(), params);
    }

    /** Instants are stored as the UTC wall-clock time (see hibernate.jdbc.time_zone), whatever the JVM's zone. */
    static Instant utc(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }

    private record Query(String sql, List<Object> params) {
    }
}
