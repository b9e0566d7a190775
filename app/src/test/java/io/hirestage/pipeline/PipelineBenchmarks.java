package io.hirestage.pipeline;

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
 * (optional arguments: another JDBC URL; {@code grid-only} to measure the grid alone). It fills the database once with 100,000
 * candidates with resumes, 100,000 applications and 1,000,000 stage events, one opening holding
 * 2,000 active applications, then measures: the candidates grid's first page and filtered
 * full-text searches through the service against the same SQL through plain JDBC (the floor); the
 * board's server work and its first paint in headless Chromium; the heap held per recruiter session
 * with the board open.
 */
public final class PipelineBenchmarks {

    private static final int CANDIDATES = 100_000;
    private static final int EVENTS_PER_APPLICATION = 10;
    private static final int BIG_OPENING_ACTIVE = 2_000;
    private static final int SESSIONS = 10;
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
        String url = Arrays.stream(args).filter(arg -> arg.startsWith("jdbc:")).findFirst().orElse("jdbc:mariadb://127.0.0.1:3306/hirestage_bench");
        boolean gridOnly = Arrays.asList(args).contains("grid-only");
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
                "--db-scheduler.enabled=false", "--vaadin.devmode.devTools.enabled=false")) {
            long openingId = RunAsSystem.call(() -> seed(context));
            grid(context);
            if (!gridOnly) {
                board(context, openingId);
                browser(context, openingId);
            }
        }
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
        DataSource dataSource = context.getBean(DataSource.class);
        List<CandidateQuery> queries = List.of(
                CandidateQuery.none(),
                CandidateQuery.text("kafka"),
                CandidateQuery.text("kafka postgres"),
                new CandidateQuery("terraform", SourcingChannel.GITHUB, null, null, null, null, null),
                new CandidateQuery(null, null, null, "distributed systems understanding", null, null, ApplicationStatus.ACTIVE),
                CandidateQuery.text("hamilton"),
                CandidateQuery.text("bench-4242@example.org"),
                CandidateQuery.text("zzqx"),
                new CandidateQuery(null, null, null, null, null, Stage.OFFER, ApplicationStatus.ACTIVE));
        for (CandidateQuery query : queries) {
            PageRequest firstPage = PageRequest.of(0, 50);
            // The floor runs the service's own statements through plain JDBC, the walk first where the service walks.
            CandidateSearch.Sql walk = search.scanSql(query, firstPage);
            CandidateSearch.Sql index = search.indexSql(query, firstPage);
            boolean walks = dataSource.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb")
                    && (query.text() != null || query.skill() != null);
            long[] service = measure(200, () -> RunAsSystem.call(() -> search.page(query, firstPage)).size());
            long[] floor = measure(200, () -> {
                int rows = walks ? plainJdbc(dataSource, walk) : 0;
                return rows == firstPage.getPageSize() ? rows : plainJdbc(dataSource, index);
            });
            System.out.printf("grid %-75s service p50 %5.1f ms p95 %5.1f ms | plain JDBC p50 %5.1f ms p95 %5.1f ms | %d rows%n",
                    describe(query), ms(service, 50), ms(service, 95), ms(floor, 50), ms(floor, 95),
                    RunAsSystem.call(() -> search.page(query, firstPage)).size());
        }
    }

    private static void board(ConfigurableApplicationContext context, long openingId) {
        PipelineBoard board = context.getBean(PipelineBoard.class);
        Applications applications = context.getBean(Applications.class);
        List<OpeningStage> stages = RunAsSystem.call(() -> applications.stagesOf(openingId));
        long[] firstRender = measure(100, () -> RunAsSystem.call(() -> {
            int cards = board.counts(openingId, BoardFilter.none()).size();
            for (OpeningStage stage : stages) {
                cards += board.cards(openingId, stage.stage(), BoardFilter.none(), 0, 50).size();
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
            long[] paints = new long[5];
            for (int i = 0; i < paints.length; i++) {
                long start = System.nanoTime();
                driver.get(base + "/openings/" + openingId + "/board");
                waitForCards(driver);
                paints[i] = System.nanoTime() - start;
            }
            Arrays.sort(paints);
            System.out.printf("board first paint in Chromium (navigation to cards shown): median %.0f ms, worst %.0f ms%n",
                    paints[2] / 1e6, paints[4] / 1e6);
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
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid[data-stage] .board-card")));
    }

    /** As the portal stores instants: the UTC wall-clock time. */
    private static LocalDateTime stored(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int plainJdbc(DataSource dataSource, CandidateSearch.Sql sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.params().size(); i++) {
                statement.setObject(i + 1, sql.params().get(i));
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                    rows++;
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
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
