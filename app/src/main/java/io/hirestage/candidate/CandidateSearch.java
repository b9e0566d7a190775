package io.hirestage.candidate;

import io.hirestage.base.SpreadsheetCsv;
import io.hirestage.search.CandidateIndex;
import io.hirestage.search.CandidateIndexQuery;
import io.hirestage.search.SearchOrder;
import io.hirestage.search.Sorting;
import jakarta.annotation.security.RolesAllowed;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates grid and every other look-up of candidates by what they are: the search index
 * finds and orders them, the database gives their current details.
 */
@Service
public class CandidateSearch {

    /** The most rows one CSV export holds; a recruiter narrows the filter for more. */
    public static final int MAX_EXPORT = 50_000;

    /** The grid's sortable columns, by the property names the grid sorts by. */
    private static final Map<String, Sorting> SORTABLE = Map.of("fullName", Sorting.NAME, "email", Sorting.EMAIL,
            "channel", Sorting.SOURCE, "createdAt", Sorting.ADDED, "location", Sorting.LOCATION);
    private static final int FETCH_BATCH = 1_000;

    private final CandidateIndex index;
    private final CandidateRepository candidates;

    CandidateSearch(CandidateIndex index, CandidateRepository candidates) {
        this.index = index;
        this.candidates = candidates;
    }

    /** One page of the candidates matching the query, in the requested order (newest first unless asked otherwise). */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<CandidateSummary> page(CandidateQuery query, Pageable pageable) {
        return summaries(index.search(indexQuery(query), order(pageable.getSort()), (int) Math.min(pageable.getOffset(),
                CandidateIndex.MAX_HITS), pageable.getPageSize()));
    }

    /**
     * How many candidates match the query, counted up to {@code limit + 1}: a recruiter needs "more
     * than 1,000", not the exact number of the people who mention Kafka.
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    public long countAtMost(CandidateQuery query, int limit) {
        return index.countAtMost(indexQuery(query), limit);
    }

    /**
     * Writes the candidates matching the query, in the grid's order, as CSV for a spreadsheet (with a
     * header row, formulas neutralised), up to {@link #MAX_EXPORT} rows.
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public void exportCsv(CandidateQuery query, Sort sort, Writer out) {
        List<Long> ids = new ArrayList<>();
        index.forEach(indexQuery(query), order(sort), 0, MAX_EXPORT, ids::add);
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, "Name", "Email", "Phone", "Location", "Source", "Tags", "LinkedIn",
                "GitHub", "Portfolio", "Talent pool consent", "Added (UTC)")) {
            for (int from = 0; from < ids.size(); from += FETCH_BATCH) {
                for (CandidateSummary c : summaries(ids.subList(from, Math.min(ids.size(), from + FETCH_BATCH)))) {
                    csv.row(c.fullName(), c.email(), c.phone(), c.location(), c.source(), String.join(", ", c.tags()),
                            c.linkedinUrl(), c.githubUrl(), c.portfolioUrl(), c.talentPoolConsent() ? "yes" : "no",
                            c.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0));
                }
            }
        }
    }

    /** The candidates with these ids, in this order; one removed since the index answered is left out. */
    private List<CandidateSummary> summaries(List<Long> ids) {
        Map<Long, CandidateSummary> byId = candidates.findAllById(ids).stream().map(Candidate::toSummary)
                .collect(Collectors.toMap(CandidateSummary::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    static CandidateIndexQuery indexQuery(CandidateQuery query) {
        return new CandidateIndexQuery(query.text(), null, skillWords(query.skill()),
                query.channel() == null ? null : query.channel().name(), query.tag(), query.openingId(),
                query.stage() == null ? null : query.stage().name(), query.status() == null ? null : query.status().name());
    }

    /** A job role's skill is looked for by its telling words; a skill of short or common words alone, by all of them. */
    static String skillWords(String skill) {
        if (skill == null || skill.isBlank()) {
            return null;
        }
        List<String> telling = SkillWords.of(skill);
        return telling.isEmpty() ? skill : String.join(" ", telling);
    }

    private static List<SearchOrder> order(Sort sort) {
        List<SearchOrder> order = new ArrayList<>();
        for (Sort.Order key : sort) {
            Sorting sorting = SORTABLE.get(key.getProperty());
            if (sorting != null) {
                order.add(new SearchOrder(sorting, key.isAscending()));
            }
        }
        return order;
    }
}
