package io.hirestage.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CandidatesTests {

    @Autowired
    Candidates candidates;

    @Autowired
    CandidateSearch search;

    @Test
    void aCandidateIsAddedWithTheirSourceAndTagsAndFoundAgain() {
        String marker = unique();
        CandidateDraft draft = draft("Grace " + marker, marker + "@example.org", "+44 20 7946 0958");
        draft.setChannel(SourcingChannel.REFERRAL);
        draft.setChannelDetail("Ada Lovelace");
        draft.setTags(" Java, kafka ,java");

        CandidateSummary added = candidates.add(draft, false);

        assertThat(added.source()).isEqualTo("Internal referral (Ada Lovelace)");
        assertThat(added.tags()).containsExactly("java", "kafka");
        assertThat(search.page(new CandidateQuery(marker.toUpperCase(), SourcingChannel.REFERRAL, "KAFKA", null, null, null, null), PageRequest.of(0, 10)))
                .extracting(CandidateSummary::id).containsExactly(added.id());
        assertThat(search.page(new CandidateQuery(marker, SourcingChannel.GITHUB, null, null, null, null, null), PageRequest.of(0, 10))).isEmpty();
        assertThat(search.page(new CandidateQuery(marker, null, "jav", null, null, null, null), PageRequest.of(0, 10))).as("a tag matches whole").isEmpty();
    }

    @Test
    void theSameEmailIsRefusedWhateverItsCase() {
        String marker = unique();
        candidates.add(draft("Alan " + marker, marker + "@example.org", ""), false);

        assertThatThrownBy(() -> candidates.add(draft("Someone Else", marker.toUpperCase() + "@EXAMPLE.org", ""), true))
                .isInstanceOf(CandidateRejectedException.class).hasMessageContaining("is in the portal already");
    }

    @Test
    void theSamePhoneWrittenDifferentlyOrTheSameNameIsAPossibleDuplicateUntilConfirmed() {
        String marker = unique();
        String phone = "+44 20 " + (1_000_000 + Math.floorMod(marker.hashCode(), 9_000_000));
        CandidateSummary first = candidates.add(draft("Lin " + marker, marker + "@example.org", phone), false);

        assertThatThrownBy(() -> candidates.add(draft("Other Person " + marker + "x", marker + "x@example.org",
                "0044-" + phone.substring(4).replace(" ", "")), false))
                .isInstanceOf(PossibleDuplicatesException.class)
                .satisfies(e -> assertThat(((PossibleDuplicatesException) e).lookalikes()).extracting(CandidateSummary::id)
                        .containsExactly(first.id()));
        assertThatThrownBy(() -> candidates.add(draft(marker + ", LIN", marker + "y@example.org", ""), false))
                .isInstanceOf(PossibleDuplicatesException.class);

        CandidateSummary confirmed = candidates.add(draft(marker + ", LIN", marker + "y@example.org", ""), true);
        assertThat(confirmed.id()).isNotEqualTo(first.id());
    }

    @Test
    void badInputIsRefusedWithMessagesAndNothingIsSaved() {
        String marker = unique();
        CandidateDraft draft = draft("Bad " + marker, "not-an-email", "12");
        draft.setChannel(SourcingChannel.REFERRAL);

        assertThatThrownBy(() -> candidates.add(draft, false)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(CandidateDraft.INVALID_EMAIL)
                .hasMessageContaining(CandidateDraft.INVALID_PHONE)
                .hasMessageContaining("Name the referrer or the channel");
        assertThat(search.page(CandidateQuery.text(marker), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theListIsSortedAndPagedInTheDatabase() {
        String marker = unique();
        for (String name : new String[] {"Cleo", "Abe", "Bea"}) {
            candidates.add(draft(name + " " + marker, name + marker + "@example.org", ""), false);
        }

        var page = search.page(CandidateQuery.text(marker), PageRequest.of(0, 2, Sort.by("fullName")));

        assertThat(search.countAtMost(CandidateQuery.text(marker), 1000)).isEqualTo(3);
        assertThat(page).extracting(CandidateSummary::fullName).containsExactly("Abe " + marker, "Bea " + marker);
    }

    @Test
    @WithMockUser(username = "interviewer", roles = "INTERVIEWER")
    void interviewersDoNotBrowseAllCandidates() {
        assertThatThrownBy(() -> search.page(CandidateQuery.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    static String unique() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static CandidateDraft draft(String name, String email, String phone) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        draft.setPhone(phone);
        draft.setChannel(SourcingChannel.LINKEDIN);
        return draft;
    }
}
