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
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.PageRequest;
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
    /** Rows the walk reads for a first page of 50 before it leaves a search to the full-text index (a candidate costs one or two). */
    private static final long WALK_BUDGET = 4_000;
    /** The most rows a walk reads, however deep the page: beyond it the index is faster. */
    private static final long MAX_WALK = 100_000;

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
        if (usesTwoWays(query)) {
            List<CandidateSummary> walked = rows(scanSql(query, pageable));
            if (walked.size() == pageable.getPageSize()) {
                return walked;
            }
        }
        return rows(indexSql(query, pageable));
    }

    /**
     * How many candidates match the query, counted up to {@code limit + 1}: a recruiter needs "more
     * than 1,000", not the exact number of the people who mention Kafka.
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public long countAtMost(CandidateQuery query, int limit) {
        PageRequest upToLimit = PageRequest.of(0, limit + 1);
        if (usesTwoWays(query)) {
            long scanned = count(walk(counted(limited(select("c.id", query, Sort.unsorted(), Words.SCANNED), upToLimit)), " limit",
                    budgetFor(upToLimit)));
            if (scanned == limit + 1) {
                return scanned;
            }
        }
        return count(counted(limited(select("c.id", query, Sort.unsorted(), fullTextIndex ? Words.INDEXED : Words.SCANNED),
                upToLimit)));
    }

    /**
     * Words on MariaDB are looked for two ways. The full-text index answers a rare word at once but
     * takes a few hundred milliseconds for a common one (it reads every matching row), while walking
     * the candidates newest first and reading their resumes fills a first page of a common word
     * after a few hundred rows but would read every resume for a rare one. So the walk goes first,
     * with a budget of rows that grows with the page's depth, so that a word common enough to fill
     * the first page is walked on every page (the two ways match slightly differently, and a grid
     * must not change its mind while scrolling); when the walk does not fill the page, the index answers.
     */
    private boolean usesTwoWays(CandidateQuery query) {
        return fullTextIndex && (present(query.text()) || present(query.skill()));
    }

    /** Rows the walk may read for a page: as many per candidate shown as for the first page, at most {@link #MAX_WALK}. */
    private static long budgetFor(Pageable pageable) {
        return Math.min(MAX_WALK, Math.max(WALK_BUDGET, (pageable.getOffset() + pageable.getPageSize()) * WALK_BUDGET / 50));
    }

    /** The walk: resumes read row by row, stopped after {@link #WALK_BUDGET} rows (MariaDB statement options). */
    Sql scanSql(CandidateQuery query, Pageable pageable) {
        return walk(limited(select(COLUMNS, query, pageable.getSort(), Words.SCANNED), pageable), "", budgetFor(pageable));
    }

    /** The statement that answers from the full-text indexes (on H2, the only one: it scans). */
    Sql indexSql(CandidateQuery query, Pageable pageable) {
        return limited(select(COLUMNS, query, pageable.getSort(), fullTextIndex ? Words.INDEXED : Words.SCANNED), pageable);
    }

    /** Keeps MariaDB from turning the per-row resume check into reading all resumes first, and stops it after the budget. */
    private static Sql walk(Sql sql, String limitKeyword, long budget) {
        return new Sql("set statement optimizer_switch='exists_to_in=off' for " + sql.text() + limitKeyword + " rows examined "
                + budget, sql.params());
    }

    private static Sql limited(Sql sql, Pageable pageable) {
        List<Object> params = new ArrayList<>(sql.params());
        params.add(pageable.getPageSize());
        params.add(pageable.getOffset());
        return new Sql(sql.text() + " limit ? offset ?", params);
    }

    private static Sql counted(Sql sql) {
        return new Sql("select count(*) from (" + sql.text() + ") counted", sql.params());
    }

    private List<CandidateSummary> rows(Sql sql) {
        return jdbc.sql(sql.text()).params(sql.params()).query((rs, row) -> summary(rs)).list();
    }

    private long count(Sql sql) {
        return jdbc.sql(sql.text()).params(sql.params()).query(Long.class).single();
    }

    /**
     * Writes the candidates matching the query, in the grid's order, as CSV (RFC 4180, with a header
     * row), up to {@link #MAX_EXPORT} rows.
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public void exportCsv(CandidateQuery query, Sort sort, Writer out) {
        Sql sql = select(COLUMNS, query, sort, fullTextIndex ? Words.INDEXED : Words.SCANNED);
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

    private Sql select(String columns, CandidateQuery query, Sort sort, Words words) {
        Sql from = from(query, words);
        Sql where = where(query, words, !from.params().isEmpty());
        List<Object> params = new ArrayList<>(from.params());
        params.addAll(where.params());
        return new Sql("select " + columns + from.text() + where.text() + orderBy(sort), params);
    }

    /**
     * Through the indexes, the candidates whose name, email or resume has the words are gathered
     * first and then sorted: asking each candidate in the grid's order would read them all when the
     * words are rare.
     */
    private Sql from(CandidateQuery query, Words words) {
        if (words == Words.INDEXED && present(query.text())) {
            String text = query.text().strip().toLowerCase(Locale.ROOT);
            Optional<Sql> resume = Words.indexed(text, "select r.candidate_id from resume r where match(r.text)", "r.text");
            Optional<Sql> name = Words.indexed(text, "select n.id from candidate n where match(n.full_name)", "n.full_name");
            if (resume.isPresent() && name.isPresent()) {
                // Names by their words, addresses by how they start (the unique index), resumes by their words.
                List<Object> params = new ArrayList<>(name.get().params());
                params.add(text + "%");
                params.addAll(resume.get().params());
                return new Sql(" from (" + name.get().text() + " union select n.id from candidate n where n.email like ? union "
                        + resume.get().text() + ") matched join candidate c on c.id = matched.id", params);
            }
        }
        return new Sql(" from candidate c", List.of());
    }

    private Sql where(CandidateQuery query, Words words, boolean textMatchedAlready) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (present(query.text()) && !textMatchedAlready) {
            String text = query.text().strip().toLowerCase(Locale.ROOT);
            Sql name = nameOrEmail(text);
            Sql resume = words.resumeMentions(text);
            conditions.add("(" + name.text() + " or " + resume.text() + ")");
            params.addAll(name.params());
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
            Sql resume = words.resumeMentions(query.skill().strip().toLowerCase(Locale.ROOT));
            conditions.add(resume.text());
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
            // Per candidate, so that the walk checks it row by row (an opening's applications are found by their index otherwise).
            conditions.add("exists (select 1 from application a where a.candidate_id = c.id and " + String.join(" and ", inPipeline) + ")");
        }
        return new Sql(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** How the words a recruiter typed are matched in resumes: by reading row by row, or through MariaDB's full-text index. */
    enum Words {
        SCANNED {
            @Override
            Sql resumeMentions(String text) {
                List<String> words = words(text);
                if (words.isEmpty()) {
                    return new Sql("1 = 0", List.of());
                }
                return new Sql("exists (select 1 from resume r where r.candidate_id = c.id and "
                        + words.stream().map(word -> "lower(r.text) like ?").collect(Collectors.joining(" and ")) + ")",
                        words.stream().map(word -> (Object) ("%" + word + "%")).toList());
            }
        },
        INDEXED {
            @Override
            Sql resumeMentions(String text) {
                return indexed(text, "select r.candidate_id from resume r where match(r.text)", "r.text")
                        .map(resumes -> new Sql("c.id in (" + resumes.text() + ")", resumes.params()))
                        .orElseGet(() -> SCANNED.resumeMentions(text));
            }
        };

        /**
         * The ids whose indexed column has every word of the text: the words the full-text index holds
         * narrow the rows through it, and the shorter ones (InnoDB leaves those out) are checked on
         * those rows. Empty when no word is in the index.
         *
         * @param selectMatch the select up to its {@code match(column)}
         */
        static Optional<Sql> indexed(String text, String selectMatch, String column) {
            List<String> indexable = words(text).stream().filter(Words::indexable).toList();
            if (indexable.isEmpty()) {
                return Optional.empty();
            }
            List<String> shortWords = words(text).stream().filter(word -> !indexable(word)).toList();
            List<Object> params = new ArrayList<>();
            params.add(indexable.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" ")));
            shortWords.forEach(word -> params.add("%" + word + "%"));
            return Optional.of(new Sql(selectMatch + " against (? in boolean mode)"
                    + shortWords.stream().map(word -> " and lower(" + column + ") like ?").collect(Collectors.joining()), params));
        }

        /** InnoDB indexes words of three letters or more (its default innodb_ft_min_token_size). */
        private static boolean indexable(String word) {
            return word.length() >= MIN_INDEXED_WORD && word.chars().allMatch(Character::isLetterOrDigit);
        }

        /** A condition every word of the text meets in the candidate's resume. */
        abstract Sql resumeMentions(String text);

        static List<String> words(String text) {
            return Arrays.stream(text.split("[^\\p{L}\\p{N}#+]+")).filter(word -> !word.isEmpty()).toList();
        }
    }

    /** Names and addresses anywhere in them, read row by row: the walk, and H2. */
    private static Sql nameOrEmail(String text) {
        return new Sql("(lower(c.full_name) like ? or c.email like ?)", List.of("%" + text + "%", "%" + text + "%"));
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
