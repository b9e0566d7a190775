package io.hirestage.pipeline;

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
import java.util.stream.Stream;
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
 * they came from, what their resume says and where they stand in the openings. Words use MariaDB's
 * full-text indexes; on H2 (the small embedded demo) they are matched row by row. Plain SQL, because
 * one query joins candidates, resumes and applications.
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
    /** Rows the walk reads before it leaves a search to the full-text indexes (a candidate costs one or two). */
    private static final long WALK_BUDGET = 4_000;

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
            long scanned = count(walk(counted(limited(select("c.id", query, Sort.unsorted(), Words.SCANNED), upToLimit)), " limit"));
            if (scanned == limit + 1) {
                return scanned;
            }
        }
        return count(counted(limited(select("c.id", query, Sort.unsorted(), fullTextIndex ? Words.INDEXED : Words.SCANNED),
                upToLimit)));
    }

    /**
     * Words on MariaDB are looked for two ways, which find the same candidates. The full-text indexes
     * answer a rare word at once but take a few hundred milliseconds for a common one (InnoDB reads
     * every matching row), while walking the candidates newest first and reading their resumes fills
     * a page of a common word after a few hundred rows but would read every resume for a rare one.
     * So the walk goes first, with a budget of rows; when it does not fill the page, the indexes answer.
     */
    private boolean usesTwoWays(CandidateQuery query) {
        return fullTextIndex && (present(query.text()) || present(query.skill()));
    }

    /** The walk: resumes read row by row, stopped after {@link #WALK_BUDGET} rows (MariaDB statement options). */
    Sql scanSql(CandidateQuery query, Pageable pageable) {
        return walk(limited(select(COLUMNS, query, pageable.getSort(), Words.SCANNED), pageable), "");
    }

    /** The statement that answers from the full-text indexes (on H2, the only one: it scans). */
    Sql indexSql(CandidateQuery query, Pageable pageable) {
        return limited(select(COLUMNS, query, pageable.getSort(), fullTextIndex ? Words.INDEXED : Words.SCANNED), pageable);
    }

    /** Keeps MariaDB from turning the per-row resume check into reading all resumes first, and stops it after the budget. */
    private static Sql walk(Sql sql, String limitKeyword) {
        return new Sql("set statement optimizer_switch='exists_to_in=off' for " + sql.text() + limitKeyword + " rows examined "
                + WALK_BUDGET, sql.params());
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
            Optional<Sql> names = Words.indexed(text, "select n.id from candidate n where", "n.full_name");
            Optional<Sql> resumes = Words.indexed(text, "select r.candidate_id from resume r where", "r.text");
            if (names.isPresent() && resumes.isPresent()) {
                List<Object> params = new ArrayList<>(names.get().params());
                params.add(Words.addressStart(text));
                params.addAll(resumes.get().params());
                return new Sql(" from (" + names.get().text() + " union select n.id from candidate n where n.email like ? union "
                        + resumes.get().text() + ") matched join candidate c on c.id = matched.id", params);
            }
        }
        return new Sql(" from candidate c", List.of());
    }

    private Sql where(CandidateQuery query, Words words, boolean textMatchedAlready) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (present(query.text()) && !textMatchedAlready) {
            String text = query.text().strip().toLowerCase(Locale.ROOT);
            Sql name = Words.scanned(text, "c.full_name");
            Sql resume = words.resumeMentions(text);
            conditions.add("(" + name.text() + " or c.email like ? or " + resume.text() + ")");
            params.addAll(name.params());
            params.add(Words.addressStart(text));
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

    /**
     * How the words a recruiter typed are matched. Every word must start a word of the name or of
     * the resume (as MariaDB's full-text search reads {@code +word*}); an address matches by how it
     * starts. The two ways find the same candidates, so a page may come from either; they may differ
     * only for InnoDB's stopwords ("about", "with" and the like), which its index treats apart.
     */
    enum Words {
        /** Read row by row, with a regular expression per word: the walk, and H2. */
        SCANNED {
            @Override
            Sql resumeMentions(String text) {
                Sql scanned = scanned(text, "r.text");
                return new Sql("exists (select 1 from resume r where r.candidate_id = c.id and " + scanned.text() + ")", scanned.params());
            }
        },
        /** Through MariaDB's full-text indexes; a text without a word the index holds is read row by row. */
        INDEXED {
            @Override
            Sql resumeMentions(String text) {
                return indexed(text, "select r.candidate_id from resume r where", "r.text")
                        .map(resumes -> new Sql("c.id in (" + resumes.text() + ")", resumes.params()))
                        .orElseGet(() -> SCANNED.resumeMentions(text));
            }
        };

        /** A condition every word of the text meets in the candidate's resume. */
        abstract Sql resumeMentions(String text);

        /** Every word of the text starts a word of the column. */
        static Sql scanned(String text, String column) {
            List<String> words = words(text);
            if (words.isEmpty()) {
                return new Sql("1 = 0", List.of());
            }
            // The like, cheap, turns most rows away before the regular expression, dear, has to look at them.
            return new Sql(words.stream().map(word -> "lower(" + column + ") like ? and lower(" + column + ") regexp ?")
                    .collect(Collectors.joining(" and ")),
                    words.stream().flatMap(word -> Stream.of((Object) ("%" + word + "%"), wordStart(word))).toList());
        }

        /**
         * The ids of the rows whose column has every word of the text: the words the full-text index
         * holds narrow the rows through it, the shorter ones (InnoDB leaves those out) are checked on
         * those rows. Empty when no word is in the index.
         *
         * @param selectWhere the select of the ids, up to its {@code where}
         */
        static Optional<Sql> indexed(String text, String selectWhere, String column) {
            List<String> indexable = words(text).stream().filter(Words::indexable).toList();
            if (indexable.isEmpty()) {
                return Optional.empty();
            }
            List<String> others = words(text).stream().filter(word -> !indexable(word)).toList();
            List<Object> params = new ArrayList<>();
            params.add(indexable.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" ")));
            others.forEach(word -> params.add(wordStart(word)));
            return Optional.of(new Sql(selectWhere + " match(" + column + ") against (? in boolean mode)"
                    + others.stream().map(word -> " and lower(" + column + ") regexp ?").collect(Collectors.joining()), params));
        }

        /** The pattern of a word's start: after the beginning or a character that is no letter or digit. */
        static String wordStart(String word) {
            return "(^|[^\\p{L}\\p{N}])" + word.replace("+", "\\+");
        }

        /** An address is found by how it starts (its unique index serves that). */
        static String addressStart(String text) {
            return text.replace("%", "").replace("_", "\\_") + "%";
        }

        /** InnoDB indexes words of three letters or more (its default innodb_ft_min_token_size). */
        private static boolean indexable(String word) {
            return word.length() >= MIN_INDEXED_WORD && word.chars().allMatch(Character::isLetterOrDigit);
        }

        static List<String> words(String text) {
            return Arrays.stream(text.split("[^\\p{L}\\p{N}#+]+")).filter(word -> !word.isEmpty()).toList();
        }
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
