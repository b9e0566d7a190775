package io.hirestage.privacy;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.hirestage.MovableClock;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.Resumes;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ActivityEntry;
import io.hirestage.pipeline.ApplicationNotes;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.pipeline.VendorSteps;
import io.hirestage.plugin.OutboundOperation;
import io.hirestage.plugin.OutboundRequestStatus;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Candidates' data rights as the services carry them out: consents with their date, source, notice
 * and expiry; notices per country in versions; retention policies run on a clock that moves months
 * ahead; erasure everywhere. On a database of its own, since moving the clock ahead and running
 * retention erases whatever the other tests left idle in theirs.
 */
@SpringBootTest
@Import(DataRightsTests.MovableClockConfig.class)
class DataRightsTests {

    @TestConfiguration
    static class MovableClockConfig {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DataRightsTests::ownDatabaseUrl);
    }

    /** Another database on the same server as the other tests (MariaDB in CI), or another in-memory H2 one. */
    private static String ownDatabaseUrl() {
        String shared = System.getenv("SPRING_DATASOURCE_URL");
        if (shared != null && shared.startsWith("jdbc:mariadb:")) {
            String withoutOptions = shared.contains("?") ? shared.substring(0, shared.indexOf('?')) : shared;
            return withoutOptions + "_privacy?createDatabaseIfNotExist=true";
        }
        return "jdbc:h2:mem:hirestage-privacy-test;MODE=MariaDB;DB_CLOSE_DELAY=-1";
    }

    private static final AssessmentTest BACKEND_LEAD = new AssessmentTest("backend-lead", "Backend Lead Developer skills test",
            Duration.ofMinutes(75), List.of("API design and system structuring"));

    @Autowired
    MovableClock clock;

    @Autowired
    Consents consents;

    @Autowired
    PrivacyNotices notices;

    @Autowired
    RetentionPolicies policies;

    @Autowired
    Retention retention;

    @Autowired
    CandidateErasure erasure;

    @Autowired
    Candidates candidates;

    @Autowired
    Resumes resumes;

    @Autowired
    CandidateSearch search;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationNotes notes;

    @Autowired
    VendorSteps vendorSteps;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConsentIsRecordedWithItsDateSourceNoticeAndExpiryAndTheTalentPoolMarkFollowsIt() {
        as("admin", Role.ADMIN, () -> policies.save("NO", 6, 12, null));
        CandidateSummary ada = candidate("Ada", "NO", false);
        Instant given = clock.instant().minus(10, ChronoUnit.DAYS);

        ConsentView consent = as("recruiter", Role.RECRUITER, () -> consents.record(ada.id(), ConsentPurpose.TALENT_POOL, given,
                "Careers page form"));

        assertThat(consent.givenAt()).isEqualTo(given);
        assertThat(consent.source()).isEqualTo("Careers page form");
        assertThat(consent.notice()).isEqualTo("Every other country, version 1");
        assertThat(consent.expiresAt()).isEqualTo(given.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant());
        assertThat(consent.recordedBy()).isEqualTo("recruiter");
        assertThat(consent.holds()).isTrue();
        assertThat(summary(ada).talentPoolConsent()).as("the talent-pool mark follows the consent").isTrue();

        ConsentView withdrawn = as("recruiter", Role.RECRUITER, () -> consents.withdraw(consent.id()));

        assertThat(withdrawn.holds()).isFalse();
        assertThat(withdrawn.withdrawnAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
        assertThat(summary(ada).talentPoolConsent()).isFalse();
        assertThat(jdbc.queryForList("select summary from audit_event where entity_type = 'Consent' and entity_id = ?", String.class,
                String.valueOf(ada.id()))).anyMatch(line -> line.contains("consented: kept in the talent pool (Careers page form"))
                .anyMatch(line -> line.contains("withdrew their consent: kept in the talent pool"));
    }

    @Test
    void aConsentWithoutItsSourceOrGivenInTheFutureOrBeforeItCouldStillHoldIsRefusedWithTheReason() {
        CandidateSummary ada = candidate("Ada", null, false);

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> consents.record(ada.id(), ConsentPurpose.PROCESSING,
                clock.instant(), "  "))).isInstanceOf(PrivacyRejectedException.class).hasMessageStartingWith("Say how the candidate");
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> consents.record(ada.id(), ConsentPurpose.PROCESSING,
                clock.instant().plus(1, ChronoUnit.DAYS), "Email"))).hasMessage("Give the day the candidate consented; it cannot be in the future");
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> consents.record(ada.id(), ConsentPurpose.PROCESSING,
                clock.instant().minus(800, ChronoUnit.DAYS), "Email"))).hasMessageContaining("has expired already");
        assertThat(as("recruiter", Role.RECRUITER, () -> consents.of(ada.id()))).isEmpty();
    }

    @Test
    void theNoticeInForceIsTheCountrysOwnOrEveryOtherCountrysAndAConsentKeepsTheVersionItWasGivenUnder() {
        as("admin", Role.ADMIN, () -> notices.publish("de", "Wir verarbeiten Ihre Daten, um Ihre Bewerbung zu prüfen."));
        CandidateSummary german = candidate("Hanna", "DE", false);
        CandidateSummary french = candidate("Marie", "FR", false);
        ConsentView underFirst = as("recruiter", Role.RECRUITER, () -> consents.record(german.id(), ConsentPurpose.PROCESSING,
                clock.instant(), "Careers page form"));

        PrivacyNoticeView second = as("admin", Role.ADMIN, () -> notices.publish("DE", "Neue Fassung: wir verarbeiten Ihre Daten."));
        ConsentView underSecond = as("recruiter", Role.RECRUITER, () -> consents.record(german.id(), ConsentPurpose.TALENT_POOL,
                clock.instant(), "Email"));
        ConsentView french1 = as("recruiter", Role.RECRUITER, () -> consents.record(french.id(), ConsentPurpose.PROCESSING,
                clock.instant(), "Careers page form"));

        assertThat(underFirst.notice()).isEqualTo("Germany, version 1");
        assertThat(second.version()).isEqualTo(2);
        assertThat(underSecond.notice()).isEqualTo("Germany, version 2");
        assertThat(as("recruiter", Role.RECRUITER, () -> consents.of(german.id()))).extracting(ConsentView::notice)
                .as("the earlier consent still names the version it was given under")
                .containsExactly("Germany, version 2", "Germany, version 1");
        assertThat(french1.notice()).startsWith("Every other country, version ");
        assertThat(as("recruiter", Role.RECRUITER, () -> notices.inForce("DE")).text()).startsWith("Neue Fassung");
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> notices.publish("XX", "Text")))
                .hasMessage("Choose a country, or every other country");
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> notices.publish("DE", "Text")))
                .as("only admins publish").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void tickingTheBoxWhenAddingACandidateRecordsATalentPoolConsentUnderTheNoticeInForce() {
        CandidateSummary ada = candidate("Ada", "PT", true);

        List<ConsentView> recorded = as("recruiter", Role.RECRUITER, () -> consents.of(ada.id()));

        assertThat(recorded).singleElement().satisfies(consent -> {
            assertThat(consent.purpose()).isEqualTo(ConsentPurpose.TALENT_POOL);
            assertThat(consent.source()).isEqualTo("Ticked when the candidate was added");
            assertThat(consent.givenAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
            assertThat(consent.holds()).isTrue();
        });
        assertThat(ada.talentPoolConsent()).isTrue();
    }

    @Test
    void retentionErasesWhatItsCountrysPolicyNoLongerAllowsToKeepAndReportsIt() {
        as("admin", Role.ADMIN, () -> policies.save("IS", 6, 12, null));
        OpeningView opening = fixture.opening();
        CandidateSummary rejected = closed(opening, "Rejected", "IS");
        CandidateSummary running = inOpening(opening, "Running", "IS");
        CandidateSummary inTalentPool = closed(opening, "Pooled", "IS");
        as("recruiter", Role.RECRUITER, () -> consents.record(inTalentPool.id(), ConsentPurpose.TALENT_POOL, clock.instant(), "Email"));
        CandidateSummary hired = inOpening(opening, "Hired", "IS");
        hire(hired);
        CandidateSummary neverApplied = candidate("Sourced", "IS", false);
        CandidateSummary elsewhere = closed(opening, "Elsewhere", "LI");

        clock.advance(Duration.ofDays(7 * 31));
        RetentionRunView first = as("admin", Role.ADMIN, () -> retention.run());

        assertThat(summary(rejected).erased()).isTrue();
        assertThat(summary(neverApplied).erased()).isTrue();
        assertThat(summary(running).erased()).as("in the running").isFalse();
        assertThat(summary(inTalentPool).erased()).as("their talent-pool consent holds").isFalse();
        assertThat(summary(hired).erased()).as("hired").isFalse();
        assertThat(summary(elsewhere).erased()).as("no policy for Liechtenstein nor every other country").isFalse();
        assertThat(first.startedBy()).isEqualTo("admin");
        assertThat(first.report()).contains("Candidate #" + rejected.id() + ": erased (retention policy for Iceland: 6 months after the "
                + "last activity)", "Candidate #" + neverApplied.id() + ": erased");
        assertThat(first.candidatesErased()).isGreaterThanOrEqualTo(2);

        // A year after it was given, the talent-pool consent has expired: reported once, and its holder erased.
        clock.advance(Duration.ofDays(6 * 31));
        RetentionRunView second = as("admin", Role.ADMIN, () -> retention.run());
        assertThat(second.report()).contains("Candidate #" + inTalentPool.id() + ": 1 consent expired",
                "Candidate #" + inTalentPool.id() + ": erased");
        assertThat(summary(inTalentPool).erased()).isTrue();
        assertThat(as("admin", Role.ADMIN, () -> retention.run()).report()).doesNotContain("Candidate #" + inTalentPool.id());

        // Every other country's policy covers Liechtenstein, which has none of its own.
        as("admin", Role.ADMIN, () -> policies.save(PrivacyNotices.EVERY_OTHER_COUNTRY, 12, 24, null));
        RetentionRunView third = as("admin", Role.ADMIN, () -> retention.run());
        assertThat(third.report()).contains("Candidate #" + elsewhere.id() + ": erased (retention policy for Every other country");
        assertThat(summary(running).erased()).isFalse();
        assertThat(summary(hired).erased()).isFalse();
        assertThat(as("admin", Role.ADMIN, () -> retention.latestRuns())).extracting(RetentionRunView::id)
                .startsWith(third.id());
    }

    @Test
    void aPolicyOutsideItsLimitsOrForAnUnknownCountryIsRefusedAndAnotherAdminsNewerChangeIsNotOverwritten() {
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> policies.save("SE", 0, 12, null))).hasMessage("Give months from 1 to 120");
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> policies.save("QQ", 6, 12, null)))
                .hasMessage("Choose a country, or every other country");
        RetentionPolicyView sweden = as("admin", Role.ADMIN, () -> policies.save("SE", 6, 12, null));
        as("admin", Role.ADMIN, () -> policies.save("SE", 9, 12, sweden.version()));

        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> policies.save("SE", 3, 12, sweden.version())))
                .hasMessageContaining("was changed by someone else");
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> policies.save("SE", 3, 12, null)))
                .hasMessage("Sweden has a policy already; change that one");
        assertThat(as("admin", Role.ADMIN, () -> policies.all())).filteredOn(policy -> policy.country().equals("SE"))
                .singleElement().extracting(RetentionPolicyView::keepMonths).isEqualTo(9);
    }

    @Test
    void erasureRemovesThePersonEverywhereKeepsAnAnonymousRecordAndAsksTheVendorToEraseThem() {
        OpeningView opening = fixture.opening();
        CandidateSummary grace = candidate("Grace", "GB", true);
        as("recruiter", Role.RECRUITER, () -> resumes.upload(grace.id(), "grace.txt",
                ("Grace Hopper, compilers and COBOL. Reach me at " + grace.email()).getBytes(StandardCharsets.UTF_8)));
        as("recruiter", Role.RECRUITER, () -> resumes.upload(grace.id(), "grace-2026.txt",
                ("Grace Hopper, compilers, COBOL and Harvard Mark I. " + grace.email()).getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from earlier_resume where candidate_id = ?", Integer.class, grace.id()))
                .as("the first resume is kept as an earlier one").isEqualTo(1);
        ApplicationView application = as("recruiter", Role.RECRUITER, () -> applications.add(grace.id(), opening.id()));
        ApplicationView inAssessment = as("recruiter", Role.RECRUITER, () -> applications.move(application.id(), application.version(),
                Stage.SKILLS_ASSESSMENT));
        as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(inAssessment.id(), BACKEND_LEAD));
        as("recruiter", Role.RECRUITER, () -> notes.add(inAssessment.id(), grace.fullName() + " is strong in compilers"));
        as("recruiter", Role.RECRUITER, () -> notes.add(inAssessment.id(), "@manager " + grace.fullName() + " is strong in compilers"));
        assertThat(jdbc.queryForObject("select count(*) from notification where message like ?", Integer.class,
                "%" + grace.fullName() + "%")).as("the manager was told, naming her").isEqualTo(1);

        CandidateDraft newAddress = CandidateDraft.of(summary(grace));
        newAddress.setEmail("hopper." + grace.id() + "@navy.example");
        as("recruiter", Role.RECRUITER, () -> candidates.update(grace.id(), summary(grace).version(), newAddress));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where changes like ?", Integer.class, "%" + grace.email() + "%"))
                .as("the edit keeps her first address as the old value").isEqualTo(1);

        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> erasure.erase(grace.id(), "The candidate asked")))
                .isInstanceOf(PrivacyRejectedException.class)
                .hasMessageStartingWith("Still in the running for " + opening.title() + " (Skills assessment)");
        ApplicationView current = as("recruiter", Role.RECRUITER, () -> applications.find(inAssessment.id()));
        as("recruiter", Role.RECRUITER, () -> applications.reject(current.id(), current.version(), "Not for " + grace.fullName()));
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> erasure.erase(grace.id(), "The candidate asked")))
                .as("only admins erase").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> erasure.erase(grace.id(), " ")))
                .hasMessageStartingWith("Say why the data is erased");

        List<OutboundRequestView> atVendors = as("admin", Role.ADMIN, () -> erasure.erase(grace.id(), "The candidate asked by email"));

        CandidateSummary erased = summary(grace);
        String anonymous = "Erased candidate #" + grace.id();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.fullName()).isEqualTo(anonymous);
        assertThat(erased.email()).isEqualTo("erased-" + grace.id() + "@erased.invalid");
        assertThat(erased.phone()).isNull();
        assertThat(erased.talentPoolConsent()).isFalse();
        assertThat(erased.channel()).as("kept for statistics").isEqualTo(SourcingChannel.LINKEDIN);
        assertThat(erased.country()).isEqualTo("GB");
        assertThat(as("recruiter", Role.RECRUITER, () -> resumes.find(grace.id()))).isEmpty();
        assertThat(as("recruiter", Role.RECRUITER, () -> resumes.earlier(grace.id()))).as("earlier resumes too").isEmpty();
        assertThat(as("recruiter", Role.RECRUITER, () -> consents.of(grace.id()))).isEmpty();
        List<ActivityEntry> history = as("recruiter", Role.RECRUITER, () -> applications.timeline(grace.id()));
        assertThat(history).as("the application's history stays, anonymous").isNotEmpty()
                .extracting(ActivityEntry::detail).noneMatch(detail -> detail != null && detail.contains(grace.fullName()))
                .contains("(a note, erased with the candidate's data)");
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.find(current.id())).rejectionReason()).isEqualTo("Not for " + anonymous);
        assertThat(jdbc.queryForObject("select count(*) from notification where candidate_id = ?", Integer.class, grace.id()))
                .as("inbox lines about her").isZero();
        assertThat(jdbc.queryForList("select concat(entity_type, ': ', summary) from audit_event where summary like ? or summary like ?",
                String.class, "%" + grace.fullName() + "%", "%" + grace.email() + "%")).as("audit lines naming her").isEmpty();
        assertThat(jdbc.queryForList("select changes from audit_event where changes like ? or changes like ? or changes like ?", String.class,
                "%" + grace.fullName() + "%", "%" + grace.email() + "%", "%@navy.example%")).as("old and new values naming her").isEmpty();
        assertThat(jdbc.queryForList("select concat(actor, ': ', summary) from audit_event where entity_type = 'Candidate' and entity_id = ? "
                + "and action = 'erased'", String.class, String.valueOf(grace.id())))
                .containsExactly("admin: " + anonymous + " erased (The candidate asked by email); erasure asked of sandbox-assessment");
        await().atMost(Duration.ofSeconds(10)).until(() -> as("recruiter", Role.RECRUITER,
                () -> search.countAtMost(CandidateQuery.text(grace.fullName()), 10)) == 0);
        assertThat(atVendors).singleElement().satisfies(request -> {
            assertThat(request.providerId()).isEqualTo("sandbox-assessment");
            assertThat(request.operation()).isEqualTo(OutboundOperation.ASSESSMENT_ERASE_CANDIDATE);
            assertThat(request.status()).isEqualTo(OutboundRequestStatus.PENDING);
        });
        assertThat(as("admin", Role.ADMIN, () -> erasure.vendorErasures(grace.id()))).extracting(OutboundRequestView::idempotencyKey)
                .containsExactly("erase-candidate-" + grace.id() + "-sandbox-assessment");
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> erasure.erase(grace.id(), "Again")))
                .hasMessage("This candidate no longer exists or was erased already");
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> candidates.update(grace.id(), erased.version(),
                CandidateDraft.of(erased)))).hasMessage("This candidate no longer exists");
    }

    private CandidateSummary closed(OpeningView opening, String name, String country) {
        CandidateSummary candidate = inOpening(opening, name, country);
        ApplicationView application = as("recruiter", Role.RECRUITER, () -> applications.forCandidate(candidate.id())).getFirst();
        as("recruiter", Role.RECRUITER, () -> applications.reject(application.id(), application.version(), "Not a fit"));
        return candidate;
    }

    private CandidateSummary inOpening(OpeningView opening, String name, String country) {
        CandidateSummary candidate = candidate(name, country, false);
        as("recruiter", Role.RECRUITER, () -> applications.add(candidate.id(), opening.id()));
        return candidate;
    }

    private void hire(CandidateSummary candidate) {
        ApplicationView application = as("recruiter", Role.RECRUITER, () -> applications.forCandidate(candidate.id())).getFirst();
        as("recruiter", Role.RECRUITER, () -> {
            ApplicationView atOffer = applications.move(application.id(), application.version(), Stage.OFFER);
            return applications.hire(atOffer.id(), atOffer.version());
        });
    }

    private CandidateSummary candidate(String name, String country, boolean talentPool) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(name + " " + UUID.randomUUID().toString().substring(0, 6));
        draft.setEmail(UUID.randomUUID() + "@example.org");
        draft.setPhone("+44 20 7946 0958");
        draft.setChannel(SourcingChannel.LINKEDIN);
        draft.setCountry(country);
        draft.setTalentPoolConsent(talentPool);
        return as("recruiter", Role.RECRUITER, () -> candidates.add(draft, true));
    }

    private CandidateSummary summary(CandidateSummary candidate) {
        return as("recruiter", Role.RECRUITER, () -> candidates.summaries(List.of(candidate.id()))).get(candidate.id());
    }
}
