package io.hirestage.application;

import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.SourcingChannel;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates grid: filtered, sorted and paged in the database, by who the candidates are, where
 * they came from, what their resume says and where they stand in the openings. Resume words use
 * MariaDB's full-text index; on H2 (the small embedded demo) they are matched by scanning. Plain SQL,
 * because one query joins candidates, resumes and applications.
 */
@Service
public class CandidateSearch {

    /** The most rows one CSV export holds; a recruiter narrows the filter for more. */
    public static final int MAX_EXPORT = 50_000;

    private static final String COLUMNS = "c.id, c.full_name, c.email, c.phone, c.location, c.linkedin_url, c.github_url, "
            + "c.portfolio_url, c.channel, c.channel_detail, c.tags, c.talent_pool_consent, c.created_at, c.version";
    private static final Map<String, String> SORTABLE = Map.of("fullName", "c.full_name", "email", "c.email", "channel", "c.channel",
            "createdAt", "c.created_at", "location", "c.location");
    /** InnoDB leaves shorter words out of its full-text index. */
    private static final int MIN_INDEXED_WORD = 3;

    private final JdbcClient jdbc;
    private final boolean fullTextIndex;

    CandidateSearch(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            this.fullTextIndex = product.contains("mariadb") || product.contains("mysql");
        }
    }

    /** One page of the candidates matching the query, in the requested order (newest first unless asked otherwise). */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<CandidateSummary> page(CandidateQuery query, Pageable pageable) {
        Sql sql = pageSql(query, pageable);
        return jdbc.sql(sql.text()).params(sql.params()).query((rs, row) -> summary(rs)).list();
    }

    /** The statement {@link #page} runs; the benchmark runs it through plain JDBC as the floor to compare with. */
    Sql pageSql(CandidateQuery query, Pageable pageable) {
        Sql sql = sql(query, pageable.getSort());
        List<Object> params = new ArrayList<>(sql.params());
        params.add(pageable.getPageSize());
        params.add(pageable.getOffset());
        return new Sql(sql.text() + " limit ? offset ?", params);
    }

    /** How many candidates match the query. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public long count(CandidateQuery query) {
        Sql sql = where(query);
        return jdbc.sql("select count(*) from candidate c" + sql.text()).params(sql.params()).query(Long.class).single();
    }

    /**
     * Writes the candidates matching the query, in the grid's order, as CSV (RFC 4180, with a header
     * row), up to {@link #MAX_EXPORT} rows.
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public void exportCsv(CandidateQuery query, Sort sort, Writer out) {
        Sql sql = sql(query, sort);
        List<Object> params = new ArrayList<>(sql.params());
        params.add(MAX_EXPORT);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("Name", "Email", "Phone", "Location", "Source", "Tags", "LinkedIn", "GitHub", "Portfolio",
                        "Talent pool consent", "Added (UTC)").get())) {
            jdbc.sql(sql.text() + " limit ?").params(params).query(rs -> {
                CandidateSummary c = summary(rs);
                try {
                    csv.printRecord(c.fullName(), c.email(), c.phone(), c.location(), c.source(), String.join(", ", c.tags()),
                            c.linkedinUrl(), c.githubUrl(), c.portfolioUrl(), c.talentPoolConsent() ? "yes" : "no",
                            c.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sql sql(CandidateQuery query, Sort sort) {
        Sql where = where(query);
        return new Sql("select " + COLUMNS + " from candidate c" + where.text() + orderBy(sort), where.params());
    }

    private Sql where(CandidateQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (present(query.text())) {
            String text = query.text().strip().toLowerCase(Locale.ROOT);
            Sql resume = resumeMentions(text);
            conditions.add("(lower(c.full_name) like ? or c.email like ? or c.id in (select r.candidate_id from resume r where "
                    + resume.text() + "))");
            params.add("%" + text + "%");
            params.add("%" + text + "%");
            params.addAll(resume.params());
        }
        if (query.channel() != null) {
            conditions.add("c.channel = ?");
            params.add(query.channel().name());
        }
        if (present(query.tag())) {
            conditions.add("concat(',', c.tags, ',') like ?");
            params.add("%," + query.tag().strip().toLowerCase(Locale.ROOT) + ",%");
        }
        if (present(query.skill())) {
            Sql resume = resumeMentions(query.skill().strip().toLowerCase(Locale.ROOT));
            conditions.add("c.id in (select r.candidate_id from resume r where " + resume.text() + ")");
            params.addAll(resume.params());
        }
        if (query.openingId() != null || query.stage() != null || query.status() != null) {
            List<String> inPipeline = new ArrayList<>();
            if (query.openingId() != null) {
                inPipeline.add("a.opening_id = ?");
                params.add(query.openingId());
            }
            if (query.stage() != null) {
                inPipeline.add("a.stage = ?");
                params.add(query.stage().name());
            }
            if (query.status() != null) {
                inPipeline.add("a.status = ?");
                params.add(query.status().name());
            }
            conditions.add("c.id in (select a.candidate_id from application a where " + String.join(" and ", inPipeline) + ")");
        }
        return new Sql(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** A resume condition that every word of the text must meet, through the full-text index where there is one. */
    private Sql resumeMentions(String text) {
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}#+]+")).filter(word -> !word.isEmpty()).toList();
        List<String> indexed = fullTextIndex ? words.stream().filter(word -> word.length() >= MIN_INDEXED_WORD
                && word.chars().allMatch(Character::isLetterOrDigit)).toList() : List.of();
        List<String> scanned = words.stream().filter(word -> !indexed.contains(word)).toList();
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!indexed.isEmpty()) {
            conditions.add("match(r.text) against (? in boolean mode)");
            params.add(indexed.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" ")));
        }
        for (String word : scanned) {
            conditions.add("lower(r.text) like ?");
            params.add("%" + word + "%");
        }
        return conditions.isEmpty() ? new Sql("1 = 0", List.of()) : new Sql(String.join(" and ", conditions), params);
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (orders.isEmpty()) {
            orders.add("c.created_at desc");
        }
        orders.add("c.id desc");
        return " order by " + String.join(", ", orders);
    }

    private static CandidateSummary summary(ResultSet rs) throws SQLException {
        String tags = rs.getString(11);
        return new CandidateSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), SourcingChannel.valueOf(rs.getString(9)), rs.getString(10),
                tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(",")), rs.getBoolean(12),
                PipelineBoard.utc(rs.getObject(13, LocalDateTime.class)), rs.getLong(14));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    record Sql(String text, List<Object> params) {
    }
}
