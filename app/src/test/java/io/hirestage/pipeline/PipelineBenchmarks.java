package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.Candidates;
import io.hirestage.search.CandidateIndex;
import io.hirestage.search.IndexStatus;
import org.awaitility.Awaitility;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.springframework.data.domain.Sort;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.HirestageApplication;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningStage;
import io.hirestage.plugin.TestPluginJar;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.RunAsSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmarks of the pipeline at scale, run by hand (not a test), on MariaDB by default:
 * <pre>./mvnw -q -pl app test-compile exec:exec -Dexec.executable=$JAVA_HOME/bin/java -Dexec.classpathScope=test \
 *   "-Dexec.args=-Xmx2g -cp %classpath io.hirestage.pipeline.PipelineBenchmarks"</pre>
 * (optional arguments: another JDBC URL; {@code grid-only} to measure the grid alone). It fills the database once with 1,000,000
 * candidates with resumes, 1,000,000 applications and 10,000,000 stage events, one opening holding
 * 2,000 active applications, and builds the search index once (folder {@code data/bench-search-index}),
 * then measures: the index build and how soon a new candidate is found; the candidates grid's first
 * page, words, filters and every sort through the service (index, then the page's 50 candidates
 * from the database) against the same query and order through plain Lucene, ids only (the floor); the board's server work and its first paint in headless Chromium; the heap
 * held per recruiter session with the board open.
 */
public final class PipelineBenchmarks {

    /** {@code -Dbench.candidates=20000} measures the board and the browser on a small database in a minute. */
    private static final int CANDIDATES = Integer.getInteger("bench.candidates", 1_000_000);
    private static final int EVENTS_PER_APPLICATION = 10;
    private static final int BIG_OPENING_ACTIVE = 2_000;
    private static final int SESSIONS = 10;
    /** The cards a board column shows before "Show more" (StageColumn.PAGE). */
    private static final int BOARD_PAGE = 10;
    private static final Path indexDir = Path.of("data", "bench-search-index").toAbsolutePath();
    private static final String[] TECH = {"kafka", "kotlin", "postgres", "kubernetes", "graphql", "terraform", "spring", "golang",
            "rust", "elasticsearch", "redis", "grpc", "cassandra", "flink", "airflow"};

    private static final String[] FIRST_NAMES = {"Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
            "Edsger", "Radia", "Tim", "Katherine", "Guido", "Hedy", "James", "Joan", "Bjarne", "Shafi", "Niklaus", "Maria", "Wei", "Priya",
            "Olu", "Sofia", "Mateo", "Yuki", "Amara", "Lars", "Ines", "Omar", "Chen", "Aisha", "Pablo", "Elena", "Kofi", "Hana", "Ravi",
            "Nora", "Jonas"};
    private static final String[] LAST_NAMES = {"Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
            "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Johnson", "van Rossum", "Lamarr", "Gosling", "Clarke", "Stroustrup",
            "Goldwasser", "Wirth", "Garcia", "Nakamura", "Okafor", "Schmidt", "Kowalski", "Silva", "Patel", "Kim", "Nguyen", "Rossi",
            "Jensen", "Novak", "Haddad", "Mensah", "Ivanova", "Lindqvist", "Moreau", "Tanaka", "Costa", "Byrne"};

    private PipelineBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String url = Arrays.stream(args).filter(arg -> arg.startsWith("jdbc:")).findFirst().orElse("jdbc:mariadb://127.0.0.1:3306/hirestage_bench_1m");
        boolean gridOnly = Arrays.asList(args).contains("grid-only");
        boolean boardOnly = Arrays.asList(args).contains("board-only");
        if (url.startsWith("jdbc:mariadb:")) {
            try (Connection server = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1), "root", "")) {
                server.createStatement().execute("create database if not exists " + url.substring(url.lastIndexOf('/') + 1)
                        + " character set utf8mb4 collate utf8mb4_unicode_ci");
            }
        }
        Path plugins = TestPluginJar.copyOfBundledPlugins("hirestage-pipeline-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HirestageApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=", "--hirestage.plugins.dir=" + plugins, "--logging.level.root=WARN",
                "--db-scheduler.enabled=false", "--vaadin.devmode.devTools.enabled=false",
                "--hirestage.search.index-dir=" + indexDir, "--hirestage.search.rebuild-in-foreground-up-to=0")) {
            long openingId = RunAsSystem.call(() -> seed(context));
            if (!boardOnly) {
                index(context);
                grid(context);
            }
            if (!gridOnly) {
                board(context, openingId);
                browser(context, openingId);
            }
        }
    }

    /**
     * Rebuilds the search index when it does not hold every candidate (after seeding), timing it,
     * then times how long a new candidate takes to be found.
     */
    private static void index(ConfigurableApplicationContext context) {
        CandidateIndex index = context.getBean(CandidateIndex.class);
        long candidates = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select count(*) from candidate", Long.class);
        IndexStatus status = RunAsSystem.call(index::status);
        if (status.documents() != candidates || status.rebuilding()) {
            long started = System.nanoTime();
            RunAsSystem.call(() -> { index.rebuildInBackground(); return null; });
            Awaitility.await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !RunAsSystem.call(index::status).rebuilding() && RunAsSystem.call(index::status).documents() == candidates);
            System.out.printf("search index built for %,d candidates in %.0f s%n", candidates, (System.nanoTime() - started) / 1e9);
        }
        Candidates people = context.getBean(Candidates.class);
        CandidateSearch search = context.getBean(CandidateSearch.class);
        long[] freshness = new long[20];
        for (int i = 0; i < freshness.length; i++) {
            String marker = "fresh" + System.nanoTime();
            CandidateDraft draft = new CandidateDraft();
            draft.setFullName("Bench " + marker);
            draft.setEmail(marker + "@example.org");
            draft.setChannel(SourcingChannel.GITHUB);
            long start = System.nanoTime();
            RunAsSystem.call(() -> people.add(draft, true));
            while (RunAsSystem.call(() -> search.page(CandidateQuery.text(marker), PageRequest.of(0, 1))).isEmpty()) {
                Thread.onSpinWait();
            }
            freshness[i] = System.nanoTime() - start;
        }
        Arrays.sort(freshness);
        System.out.printf("a new candidate is found by search after (add + commit + index): p50 %.1f ms, p95 %.1f ms%n",
                ms(freshness, 50), ms(freshness, 95));
    }

    /** Fills the database once; later runs find the data and go straight to measuring. */
    private static long seed(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        PipelineFixture fixture = context.getBean(PipelineFixture.class);
        Long existing = jdbc.query("select min(opening_id) from application a join candidate c on c.id = a.candidate_id "
                + "where c.email like 'bench-%'", rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null);
        if (existing != null) {
            System.out.println("data already there: " + jdbc.queryForObject("select count(*) from candidate", Long.class) + " candidates, "
                    + jdbc.queryForObject("select count(*) from application_event", Long.class) + " stage events");
            return existing;
        }
        List<Long> openings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            openings.add(fixture.opening().id());
        }
        long started = System.nanoTime();
        Random random = new Random(42);
        Instant now = Instant.now();
        SourcingChannel[] channels = SourcingChannel.values();
        batch(jdbc, "insert into candidate (full_name, name_key, email, phone, phone_digits, location, channel, tags, talent_pool_consent,"
                + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", CANDIDATES, (ps, i) -> {
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            ps.setString(1, name);
            ps.setString(2, name.toLowerCase());
            ps.setString(3, "bench-" + i + "@example.org");
            ps.setString(4, "+44 20 " + (1_000_000 + i));
            ps.setString(5, "4420" + (1_000_000 + i));
            ps.setString(6, "City " + random.nextInt(50));
            ps.setString(7, channels[random.nextInt(channels.length)].name());
            ps.setString(8, TECH[random.nextInt(TECH.length)]);
            ps.setBoolean(9, random.nextBoolean());
            ps.setObject(10, stored(now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)))));
        });
        List<Long> candidates = jdbc.queryForList("select id from candidate where email like 'bench-%' order by id", Long.class);
        batch(jdbc, "insert into resume (candidate_id, file_name, media_type, size_bytes, content, text, uploaded_at, uploaded_by, version)"
                + " values (?, 'resume.txt', 'text/plain', ?, ?, ?, ?, 'bench', 0)", candidates.size(), (ps, i) -> {
            String text = resume(random);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ps.setLong(1, candidates.get(i));
            ps.setLong(2, bytes.length);
            ps.setBytes(3, bytes);
            ps.setString(4, text);
            ps.setObject(5, stored(now));
        });
        Stage[] stages = Stage.values();
        String[] closed = {"REJECTED", "REJECTED", "REJECTED", "WITHDRAWN", "HIRED"};
        batch(jdbc, "insert into application (candidate_id, opening_id, stage, status, rejection_reason, stage_entered_at, created_at,"
                + " version) values (?, ?, ?, ?, ?, ?, ?, 0)", candidates.size(), (ps, i) -> {
            boolean big = i < BIG_OPENING_ACTIVE;
            String status = big || random.nextInt(5) == 0 ? "ACTIVE" : closed[random.nextInt(closed.length)];
            ps.setLong(1, candidates.get(i));
            ps.setLong(2, big ? openings.getFirst() : openings.get(1 + random.nextInt(openings.size() - 1)));
            ps.setString(3, stages[random.nextInt(stages.length)].name());
            ps.setString(4, status);
            ps.setString(5, "REJECTED".equals(status) ? "Not enough experience for a lead role" : null);
            LocalDateTime at = stored(now.minus(Duration.ofHours(1 + random.nextInt(24 * 60))));
            ps.setObject(6, at);
            ps.setObject(7, at);
        });
        List<Long[]> applications = jdbc.query("select a.id, a.candidate_id from application a join candidate c on c.id = a.candidate_id"
                + " where c.email like 'bench-%' order by a.id", (rs, row) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        batch(jdbc, "insert into application_event (application_id, candidate_id, kind, from_stage, to_stage, detail, actor_name, at)"
                + " values (?, ?, ?, ?, ?, ?, 'Riley Recruiter', ?)", applications.size() * EVENTS_PER_APPLICATION, (ps, i) -> {
            Long[] application = applications.get(i / EVENTS_PER_APPLICATION);
            int step = i % EVENTS_PER_APPLICATION;
            ps.setLong(1, application[0]);
            ps.setLong(2, application[1]);
            ps.setString(3, step == 0 ? "ADDED" : step % 3 == 0 ? "NOTE" : "MOVED");
            ps.setString(4, step == 0 ? null : stages[(step - 1) % stages.length].name());
            ps.setString(5, stages[step % stages.length].name());
            ps.setString(6, step % 3 == 0 ? "Talked about " + TECH[step % TECH.length] : null);
            ps.setObject(7, stored(now.minus(Duration.ofHours(EVENTS_PER_APPLICATION - step))));
        });
        System.out.printf("seeded %,d candidates with resumes, %,d applications and %,d stage events in %.0f s%n", candidates.size(),
                applications.size(), applications.size() * EVENTS_PER_APPLICATION, (System.nanoTime() - started) / 1e9);
        if (context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:mariadb:")) {
            jdbc.execute("analyze table candidate, resume, application, application_event");
        }
        return openings.getFirst();
    }

    private static void grid(ConfigurableApplicationContext context) throws Exception {
        CandidateSearch search = context.getBean(CandidateSearch.class);
        List<CandidateQuery> queries = List.of(
                CandidateQuery.none(),
                CandidateQuery.text("kafka"),
                CandidateQuery.text("zzqx"),
                CandidateQuery.text("hamilton"),
                CandidateQuery.text("kafka postgres"),
                new CandidateQuery("terraform", SourcingChannel.GITHUB, null, null, null, null, null),
                new CandidateQuery(null, null, null, "distributed systems understanding", null, null, ApplicationStatus.ACTIVE),
                CandidateQuery.text("bench-4242@example.org"),
                new CandidateQuery(null, null, null, null, null, Stage.OFFER, ApplicationStatus.ACTIVE));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher plain = new IndexSearcher(reader);
            for (CandidateQuery query : queries) {
                gridRow(search, plain, query, Sort.unsorted());
            }
            for (String property : List.of("fullName", "email", "location", "channel", "createdAt")) {
                gridRow(search, plain, CandidateQuery.text("kafka"), Sort.by(property));
                gridRow(search, plain, CandidateQuery.text("kafka"), Sort.by(Sort.Direction.DESC, property));
            }
        }
    }

    /**
     * The service (index, then the page's candidates from the database) against the floor: the same
     * words through plain Lucene, newest first, ids only, on the same index folder.
     */
    private static void gridRow(CandidateSearch search, IndexSearcher plain, CandidateQuery query, Sort sort) throws Exception {
        PageRequest firstPage = PageRequest.of(0, 50, sort);
        long[] service = measure(200, () -> RunAsSystem.call(() -> search.page(query, firstPage)).size());
        org.apache.lucene.search.Query floorQuery = plainQuery(query);
        org.apache.lucene.search.Sort floorSort = plainSort(sort);
        long[] floor = measure(200, () -> {
            try {
                return plain.search(floorQuery, 50, floorSort).scoreDocs.length;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.printf("grid %-70s service p50 %5.1f ms p95 %5.1f ms | plain Lucene p50 %5.1f ms p95 %5.1f ms | %d rows%n",
                describe(query) + (sort.isSorted() ? " by " + sort : ""), ms(service, 50), ms(service, 95), ms(floor, 50), ms(floor, 95),
                RunAsSystem.call(() -> search.page(query, firstPage)).size());
    }

    /** The same order in plain Lucene terms, without the tie-breaker. */
    private static org.apache.lucene.search.Sort plainSort(Sort sort) {
        if (sort.isUnsorted()) {
            return new org.apache.lucene.search.Sort(new SortField("sort_added", SortField.Type.LONG, true));
        }
        Sort.Order order = sort.iterator().next();
        String field = switch (order.getProperty()) {
            case "fullName" -> "sort_name";
            case "email" -> "sort_email";
            case "location" -> "sort_location";
            case "channel" -> "sort_source";
            default -> "sort_added";
        };
        return new org.apache.lucene.search.Sort(new SortField(field, field.equals("sort_added") ? SortField.Type.LONG
                : SortField.Type.STRING, order.isDescending()));
    }

    /** The plainest Lucene query for the same words: a prefix query per word over the three text fields (filters as terms). */
    private static org.apache.lucene.search.Query plainQuery(CandidateQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        String text = query.text() != null ? query.text() : query.skill();
        if (text != null) {
            for (String word : text.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                BooleanQuery.Builder fields = new BooleanQuery.Builder();
                for (String field : query.text() != null ? List.of("name", "email", "resume") : List.of("resume")) {
                    fields.add(new PrefixQuery(new Term(field, word)), BooleanClause.Occur.SHOULD);
                }
                all.add(fields.build(), BooleanClause.Occur.FILTER);
                any = true;
            }
        }
        if (query.channel() != null) {
            all.add(new TermQuery(new Term("source", query.channel().name())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (query.stage() != null || query.status() != null) {
            String key = "|" + (query.stage() == null ? "" : "s" + query.stage().name()) + "|"
                    + (query.status() == null ? "" : "t" + query.status().name());
            all.add(new TermQuery(new Term("placement", key)), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? all.build() : new MatchAllDocsQuery();
    }

    private static void board(ConfigurableApplicationContext context, long openingId) {
        PipelineBoard board = context.getBean(PipelineBoard.class);
        Applications applications = context.getBean(Applications.class);
        List<OpeningStage> stages = RunAsSystem.call(() -> applications.stagesOf(openingId));
        long[] firstRender = measure(100, () -> RunAsSystem.call(() -> {
            int cards = board.counts(openingId, BoardFilter.none()).size();
            for (OpeningStage stage : stages) {
                cards += board.cards(openingId, stage.stage(), BoardFilter.none(), 0, BOARD_PAGE).size();
            }
            return cards;
        }));
        long active = RunAsSystem.call(() -> board.counts(openingId, BoardFilter.none())).values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("board of an opening with %,d active applications: counts + first page of %d columns p50 %.1f ms p95 %.1f ms%n",
                active, stages.size(), ms(firstRender, 50), ms(firstRender, 95));
    }

    /** First paint of the board in Chromium, and the heap each recruiter session with the board open holds. */
    private static void browser(ConfigurableApplicationContext context, long openingId) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String base = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1600,1000",
                "--user-data-dir=" + Files.createTempDirectory("bench-chromium"));
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(), options);
        try {
            openBoardInNewSession(driver, base, openingId);
            long[] paints = new long[11];
            for (int i = 0; i < paints.length; i++) {
                long start = System.nanoTime();
                driver.get(base + "/openings/" + openingId + "/board");
                waitForCards(driver);
                paints[i] = System.nanoTime() - start;
            }
            Arrays.sort(paints);
            System.out.printf("board first paint in Chromium (navigation to cards shown): median %.0f ms, worst %.0f ms%n",
                    paints[5] / 1e6, paints[10] / 1e6);
            long[] floor = new long[11];
            for (int i = 0; i < floor.length; i++) {
                long start = System.nanoTime();
                driver.get(base + "/");
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#main-navigation")));
                floor[i] = System.nanoTime() - start;
            }
            Arrays.sort(floor);
            System.out.printf("floor: first paint of the home page (same layout, no board): median %.0f ms, worst %.0f ms%n",
                    floor[5] / 1e6, floor[10] / 1e6);
            long before = usedHeapAfterGc();
            for (int i = 0; i < SESSIONS; i++) {
                openBoardInNewSession(driver, base, openingId);
            }
            long after = usedHeapAfterGc();
            System.out.printf("heap held per recruiter session with the board open: %.0f KB (%d sessions, %.1f MB in all)%n",
                    (after - before) / 1024.0 / SESSIONS, SESSIONS, (after - before) / 1024.0 / 1024.0);
        } finally {
            driver.quit();
        }
    }

    private static void openBoardInNewSession(WebDriver driver, String base, long openingId) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]"))).sendKeys("recruiter");
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(DemoUsers.PASSWORD + "\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-navigation")));
        driver.get(base + "/openings/" + openingId + "/board");
        waitForCards(driver);
    }

    private static void waitForCards(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-stage] .board-card")));
    }

    /** As the portal stores instants: the UTC wall-clock time. */
    private static LocalDateTime stored(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The used heap once garbage collection stops freeing more than 64 KB between two rounds. */
    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long[] last = {Long.MAX_VALUE};
        Awaitility.await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            long used = runtime.totalMemory() - runtime.freeMemory();
            boolean settled = Math.abs(last[0] - used) < 64 * 1024;
            last[0] = used;
            return settled;
        });
        return last[0];
    }

    /** Nanoseconds of each run after 20 warm-up runs, sorted. */
    private static long[] measure(int runs, Supplier<Integer> work) {
        for (int i = 0; i < 20; i++) {
            work.get();
        }
        long[] each = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            each[i] = System.nanoTime() - start;
        }
        Arrays.sort(each);
        return each;
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static String describe(CandidateQuery query) {
        return query.toString().replace("CandidateQuery", "").replace("=null", "=").replaceAll("\\w+=,? ?", "").replaceAll("[, ]*\\]$", "]");
    }

    private static String word(Random random) {
        int length = 4 + random.nextInt(5);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** About 80 words: a few technologies, a skill of the guide, and filler from a large vocabulary. */
    private static String resume(Random random) {
        StringBuilder text = new StringBuilder("Backend engineer. ");
        for (int i = 0; i < 3; i++) {
            text.append(TECH[random.nextInt(TECH.length)]).append(' ');
        }
        if (random.nextInt(4) == 0) {
            text.append("Distributed systems understanding. ");
        }
        for (int i = 0; i < 75; i++) {
            text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    private static final String[] VOCABULARY = new Random(7).ints(5_000, 0, Integer.MAX_VALUE)
            .mapToObj(seed -> word(new Random(seed))).toArray(String[]::new);

    private interface Row {
        void set(PreparedStatement statement, int index) throws java.sql.SQLException;
    }

    private static void batch(JdbcTemplate jdbc, String sql, int count, Row row) {
        int chunk = 5_000;
        for (int from = 0; from < count; from += chunk) {
            int start = from;
            int size = Math.min(chunk, count - from);
            jdbc.batchUpdate(sql, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement statement, int index) throws java.sql.SQLException {
                    row.set(statement, start + index);
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            });
        }
    }
}
