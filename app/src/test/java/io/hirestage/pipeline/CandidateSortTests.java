package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.Resumes;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.search.CandidateIndex;
import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every sort the candidates grid offers, both ways, with words and with each filter a recruiter
 * combines them with. On MariaDB the SQL search that came before aborted a word search sorted by
 * name, email, location or source once it had read 4,000 rows ({@code ERROR 1028 Sort aborted});
 * the common word here is in 4,500 resumes.
 */
@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateSortTests {

    private static final int COMMON = 4_500;
    private static final List<String> SORTS = List.of("fullName", "email", "location", "channel", "createdAt");

    @Autowired
    CandidateSearch search;

    @Autowired
    Candidates candidates;

    @Autowired
    Resumes resumes;

    @Autowired
    Applications applications;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidateIndex index;

    private final String word = "srt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String common = "cmn" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<CandidateSummary> few = new ArrayList<>();
    private OpeningView opening;

    @BeforeAll
    void someCandidatesWithTheWordAndManyWithTheCommonOne() {
        opening = fixture.opening();
        few.add(person("Zoë Ábrahám", "zoe", "Zürich", SourcingChannel.GITHUB, "java", "Distributed systems understanding"));
        few.add(person("adam Baker", "adam", null, SourcingChannel.LINKEDIN, "go", "Debugging and performance analysis"));
        few.add(person("Ölaf Carter", "olaf", "Amsterdam", SourcingChannel.MEETUP, "java,kotlin", "Distributed systems, Raft"));
        few.add(person("Bea Duarte", "bea", "berlin", SourcingChannel.GITHUB, "", "Kafka streams"));
        ApplicationView first = RunAsSystem.call(() -> applications.add(few.get(0).id(), opening.id()));
        RunAsSystem.call(() -> applications.move(first.id(), first.version(), Stage.RESUME_SCREENING));
        RunAsSystem.call(() -> applications.add(few.get(2).id(), opening.id()));
        ApplicationView fourth = RunAsSystem.call(() -> applications.add(few.get(3).id(), opening.id()));
        RunAsSystem.call(() -> applications.reject(fourth.id(), fourth.version(), "No response"));
        few.replaceAll(candidate -> RunAsSystem.call(() -> candidates.summaries(List.of(candidate.id()))).get(candidate.id()));
        seedCommon();
    }

    private CandidateSummary person(String name, String mailbox, String location, SourcingChannel channel, String tags, String resume) {
        return RunAsSystem.call(() -> {
            CandidateDraft draft = new CandidateDraft();
            draft.setFullName(name);
            draft.setEmail(mailbox + "." + word + "@example.org");
            draft.setLocation(location);
            draft.setChannel(channel);
            draft.setTags(tags);
            CandidateSummary added = candidates.add(draft, true);
            resumes.upload(added.id(), "cv.txt", (word + " engineer. " + resume).getBytes(StandardCharsets.UTF_8));
            return added;
        });
    }

    /** Written straight to the database, as an import would, then handed to the index. */
    private void seedCommon() {
        SourcingChannel[] channels = SourcingChannel.values();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < COMMON; i++) {
            String name = "Bulk " + Integer.toString(i * 7919 % COMMON, 36) + " " + common;
            rows.add(new Object[] {name, name.toLowerCase(Locale.ROOT), common + "-" + i + "@example.org", i % 3 == 0 ? null : "City " + i % 17,
                    channels[i % channels.length].name(), now.minusMinutes(i * 31L % 9973)});
        }
        jdbc.batchUpdate("insert into candidate (full_name, name_key, email, location, channel, tags, talent_pool_consent, created_at, version)"
                + " values (?, ?, ?, ?, ?, '', false, ?, 0)", rows);
        List<Long> ids = jdbc.queryForList("select id from candidate where email like ?", Long.class, common + "-%");
        jdbc.batchUpdate("insert into resume (candidate_id, file_name, media_type, size_bytes, content, text, uploaded_at, uploaded_by, version)"
                        + " values (?, 'cv.txt', 'text/plain', 3, ?, ?, ?, 'import', 0)",
                ids.stream().map(id -> new Object[] {id, "cv".getBytes(StandardCharsets.UTF_8), "Backend engineer, " + common + " and more",
                        now}).toList());
        index.changed(ids);
    }

    static Stream<Arguments> everySortBothWays() {
        return SORTS.stream().flatMap(property -> Stream.of(Arguments.of(property, Sort.Direction.ASC),
                Arguments.of(property, Sort.Direction.DESC)));
    }

    @ParameterizedTest(name = "{0} {1} with every filter")
    @MethodSource("everySortBothWays")
    void everySortWithWordsAndEachFilterGivesTheMatchingCandidatesInThatOrder(String property, Sort.Direction direction) {
        Map<String, Filtered> filters = Map.of(
                "words only", new Filtered(query(null, null, null, null, null, null), candidate -> true),
                "source", new Filtered(query(SourcingChannel.GITHUB, null, null, null, null, null),
                        candidate -> candidate.channel() == SourcingChannel.GITHUB),
                "tag", new Filtered(query(null, "java", null, null, null, null), candidate -> candidate.tags().contains("java")),
                "skill", new Filtered(query(null, null, "Distributed systems understanding", null, null, null),
                        candidate -> candidate.id().equals(few.get(0).id()) || candidate.id().equals(few.get(2).id())),
                "opening", new Filtered(query(null, null, null, opening.id(), null, null),
                        candidate -> !candidate.id().equals(few.get(1).id())),
                "opening and stage", new Filtered(query(null, null, null, opening.id(), Stage.SOURCING, null),
                        candidate -> candidate.id().equals(few.get(2).id()) || candidate.id().equals(few.get(3).id())),
                "status", new Filtered(query(null, null, null, null, null, ApplicationStatus.ACTIVE),
                        candidate -> candidate.id().equals(few.get(0).id()) || candidate.id().equals(few.get(2).id())),
                "stage and status", new Filtered(query(null, null, null, null, Stage.RESUME_SCREENING, ApplicationStatus.ACTIVE),
                        candidate -> candidate.id().equals(few.get(0).id())));
        Sort sort = Sort.by(direction, property);
        filters.forEach((name, filtered) -> {
            List<Long> expected = few.stream().filter(filtered.keeps()).sorted(order(property, direction)).map(CandidateSummary::id).toList();
            assertThat(search.page(filtered.query(), PageRequest.of(0, 50, sort))).as(name + ", sorted by " + sort)
                    .extracting(CandidateSummary::id).containsExactlyElementsOf(expected);
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortBothWays")
    void aCommonWordSortedAnyWayFillsThePageInOrderAndCountsAll(String property, Sort.Direction direction) {
        Sort sort = Sort.by(direction, property);
        List<CandidateSummary> page = search.page(CandidateQuery.text(common), PageRequest.of(0, 50, sort));
        List<CandidateSummary> next = search.page(CandidateQuery.text(common), PageRequest.of(1, 50, sort));

        assertThat(page).hasSize(50).isSortedAccordingTo(order(property, direction));
        assertThat(next).hasSize(50).isSortedAccordingTo(order(property, direction));
        assertThat(order(property, direction).compare(page.getLast(), next.getFirst())).as("the second page goes on after the first")
                .isLessThan(0);
        assertThat(search.countAtMost(CandidateQuery.text(common), 10_000)).isEqualTo(COMMON);
    }

    private CandidateQuery query(SourcingChannel channel, String tag, String skill, Long openingId, Stage stage, ApplicationStatus status) {
        return new CandidateQuery(word, channel, tag, skill, openingId, stage, status);
    }

    /** The grid's order as a recruiter reads it: names and places with accents and case folded, no location last either way, then newest first. */
    private static Comparator<CandidateSummary> order(String property, Sort.Direction direction) {
        Comparator<CandidateSummary> key = switch (property) {
            case "fullName" -> text(CandidateSummary::fullName, direction);
            case "email" -> raw(CandidateSummary::email, direction);
            case "location" -> text(CandidateSummary::location, direction);
            case "channel" -> raw(candidate -> candidate.channel().name(), direction);
            default -> direction.isAscending() ? Comparator.comparing(c -> c.createdAt().toEpochMilli())
                    : Comparator.<CandidateSummary, Long>comparing(c -> c.createdAt().toEpochMilli()).reversed();
        };
        return key.thenComparing(Comparator.comparing(CandidateSummary::id).reversed());
    }

    private static Comparator<CandidateSummary> text(Function<CandidateSummary, String> value, Sort.Direction direction) {
        Comparator<String> folded = Comparator.comparing(CandidateSortTests::fold);
        return Comparator.comparing(value, Comparator.nullsLast(direction.isAscending() ? folded : folded.reversed()));
    }

    /** Addresses and sources sort as they are written (addresses in lower case). */
    private static Comparator<CandidateSummary> raw(Function<CandidateSummary, String> value, Sort.Direction direction) {
        Comparator<String> plain = Comparator.naturalOrder();
        return Comparator.comparing(value, direction.isAscending() ? plain : plain.reversed());
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private record Filtered(CandidateQuery query, Predicate<CandidateSummary> keeps) {
    }
}
