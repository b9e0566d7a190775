package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateMerge;
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
import io.hirestage.search.IndexStatus;
import io.hirestage.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The search index follows every change the portal makes, and means the same by a word wherever a word is searched. */
@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class SearchIndexTests {

    @Autowired
    CandidateSearch search;

    @Autowired
    Candidates candidates;

    @Autowired
    CandidateMerge merge;

    @Autowired
    Resumes resumes;

    @Autowired
    Applications applications;

    @Autowired
    PipelineBoard board;

    @Autowired
    CandidateIndex index;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    private final String word = "ix" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void addingEditingUploadingAResumeAndMovingAreVisibleToTheNextSearch() {
        CandidateSummary ada = add("Adá Lovelace", "ada." + word + "@example.org");
        assertThat(ids(CandidateQuery.text("ADA " + word))).as("added, found by name and address with accents and case folded")
                .containsExactly(ada.id());

        CandidateDraft edited = draft("Ada King " + word, "countess." + word + "@example.org");
        candidates.update(ada.id(), ada.version(), edited);
        assertThat(ids(CandidateQuery.text("king " + word))).as("edited: the new name").containsExactly(ada.id());
        assertThat(ids(CandidateQuery.text("lovelace " + word))).as("edited: not the old one").isEmpty();
        assertThat(ids(CandidateQuery.text("countess." + word))).as("the new address by its start").containsExactly(ada.id());

        resumes.upload(ada.id(), "cv.txt", ("Analytical engine programmer " + word).getBytes(StandardCharsets.UTF_8));
        assertThat(ids(new CandidateQuery(word, null, null, "analytical engine", null, null, null))).containsExactly(ada.id());

        OpeningView opening = fixture.opening();
        ApplicationView application = applications.add(ada.id(), opening.id());
        assertThat(ids(new CandidateQuery(word, null, null, null, opening.id(), Stage.SOURCING, ApplicationStatus.ACTIVE)))
                .containsExactly(ada.id());
        applications.move(application.id(), application.version(), Stage.RESUME_SCREENING);
        assertThat(ids(new CandidateQuery(word, null, null, null, opening.id(), Stage.SOURCING, null))).as("moved on").isEmpty();
        assertThat(ids(new CandidateQuery(word, null, null, null, opening.id(), Stage.RESUME_SCREENING, ApplicationStatus.ACTIVE)))
                .containsExactly(ada.id());
    }

    @Test
    void aMergedDuplicateLeavesTheIndexAndTheKeptRecordIsFoundWhereTheDuplicateWas() {
        CandidateSummary kept = add("Grace Hopper " + word, "grace." + word + "@example.org");
        CandidateSummary duplicate = add("Grace B. Hopper " + word, "amazing.grace." + word + "@example.org");
        OpeningView opening = fixture.opening();
        applications.add(duplicate.id(), opening.id());

        merge.merge(kept.id(), duplicate.id());

        assertThat(ids(CandidateQuery.text(word))).containsExactly(kept.id());
        assertThat(ids(CandidateQuery.text("amazing " + word))).as("the removed record is gone; its address is one of the person's")
                .containsExactly(kept.id());
        assertThat(ids(new CandidateQuery(word, null, null, null, opening.id(), null, null))).as("its application is the kept one's")
                .containsExactly(kept.id());
    }

    @Test
    void charactersThatMeanSomethingInSqlOrPatternsArePlainCharacters() {
        CandidateSummary obrien = add("Siobhán O'Brien " + word, "s_obrien." + word + "@example.org");
        add("Sxobrien Other " + word, "sxobrien." + word + "@example.org");

        assertThat(ids(CandidateQuery.text("o'brien " + word))).containsExactly(obrien.id());
        assertThat(ids(CandidateQuery.text("siobhan " + word))).containsExactly(obrien.id());
        for (String typed : List.of("%", "_", "\\", "'", "\"", ".*", "[a-z]+", "%" + word.substring(1), "(|)")) {
            assertThat(ids(CandidateQuery.text(typed))).as(typed + " is no wildcard").doesNotContain(obrien.id());
        }
        assertThat(ids(CandidateQuery.text("s_obrien." + word))).as("an underscore in an address is only a separator")
                .containsExactly(obrien.id());
        assertThat(ids(CandidateQuery.text("brien " + word))).as("the start of a word").containsExactly(obrien.id());
        assertThat(ids(CandidateQuery.text("rien " + word))).as("not inside one").isEmpty();
    }

    @Test
    void theBoardsNameFilterMatchesWordStartsAsTheGridDoes() {
        OpeningView opening = fixture.opening();
        CandidateSummary ada = add("Ada Lovelace " + word, "board.ada." + word + "@example.org");
        CandidateSummary alan = add("Alan Turing " + word, "board.alan." + word + "@example.org");
        applications.add(ada.id(), opening.id());
        applications.add(alan.id(), opening.id());

        assertThat(cardsNamed(opening, "love")).containsExactly(ada.id());
        assertThat(cardsNamed(opening, "LOVELÁCE")).containsExactly(ada.id());
        assertThat(cardsNamed(opening, "velace")).as("not inside a word, as before it was").isEmpty();
        assertThat(cardsNamed(opening, word)).containsExactlyInAnyOrder(ada.id(), alan.id());
        assertThat(cardsNamed(opening, "%")).isEmpty();
    }

    @Test
    void anAdminRebuildsTheIndexWithProgressAndSearchesAnswerMeanwhile() {
        CandidateSummary ada = add("Rebuilt Ada " + word, "rebuilt." + word + "@example.org");
        as("admin", Role.ADMIN, () -> {
            index.rebuildInBackground();
            return null;
        });
        assertThat(ids(CandidateQuery.text(word))).as("during the rebuild").containsExactly(ada.id());
        await().atMost(Duration.ofSeconds(60)).until(() -> !as("admin", Role.ADMIN, index::status).rebuilding());
        IndexStatus status = as("admin", Role.ADMIN, index::status);
        assertThat(status.lastRebuildAt()).isNotNull();
        assertThat(status.rebuilt()).isEqualTo(status.toRebuild()).isPositive();
        assertThat(status.lastProblem()).isNull();
        assertThat(ids(CandidateQuery.text(word))).as("after it").containsExactly(ada.id());
    }

    @Test
    void aChangeMadeThroughAnotherNodeReachesThisNodesIndexThroughTheChangeLog() {
        CandidateSummary ada = add("Other Node " + word, "node." + word + "@example.org");
        // Another portal node sharing the database renames her and records the change, as CandidateIndex.changed does there.
        jdbc.update("update candidate set full_name = ? where id = ?", "Renamed Elsewhere " + word, ada.id());
        jdbc.update("insert into search_index_change (candidate_id, changed_at) values (?, ?)", ada.id(),
                LocalDateTime.now(ZoneOffset.UTC));

        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() ->
                assertThat(ids(CandidateQuery.text("elsewhere " + word))).containsExactly(ada.id()));
    }

    private List<Long> cardsNamed(OpeningView opening, String text) {
        return as("recruiter", Role.RECRUITER, () -> board.cards(opening.id(), Stage.SOURCING, new BoardFilter(text, null), 0, 50))
                .stream().map(BoardCard::candidateId).toList();
    }

    private CandidateSummary add(String name, String email) {
        return candidates.add(draft(name, email), true);
    }

    private static CandidateDraft draft(String name, String email) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        draft.setChannel(SourcingChannel.GITHUB);
        return draft;
    }

    private List<Long> ids(CandidateQuery query) {
        return search.page(query, PageRequest.of(0, 50)).stream().map(CandidateSummary::id).toList();
    }
}
