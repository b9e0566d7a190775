package io.hirestage.privacy;

import io.hirestage.pipeline.IdleCandidates;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out the retention policies: consents whose time ran out end, then the data of each
 * candidate their country's policy no longer allows to keep is erased, each in a transaction of its
 * own, so one that fails is reported and the others are erased all the same. Every run is recorded
 * with a line for each thing it did. Runs daily ({@link RetentionSchedule}) and when an admin asks.
 */
@Service
public class Retention {

    /** Who ran the daily run, in the report and the audit trail. */
    public static final String SCHEDULE = "retention schedule";

    /** The most candidates one run erases per policy, so a first run on a large backlog takes several days, not one long lock. */
    static final int MAX_ERASED_PER_POLICY = 2_000;

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Consents consents;
    private final RetentionPolicies policies;
    private final IdleCandidates idle;
    private final CandidateErasure erasure;
    private final RetentionRunRepository runs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Retention(Consents consents, RetentionPolicies policies, IdleCandidates idle, CandidateErasure erasure, RetentionRunRepository runs,
              TransactionTemplate transaction, Clock clock) {
        this.consents = consents;
        this.policies = policies;
        this.idle = idle;
        this.erasure = erasure;
        this.runs = runs;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs the policies now, as the signed-in admin (or the schedule); returns what the run did. */
    @RolesAllowed("ADMIN")
    public RetentionRunView run() {
        Instant started = clock.instant();
        List<String> report = new ArrayList<>();
        Map<Long, Long> expired = transaction.execute(status -> consents.expireDue());
        expired.forEach((candidateId, count) -> report.add("Candidate #" + candidateId + ": " + count
                + (count == 1 ? " consent" : " consents") + " expired"));
        int erased = 0;
        int problems = 0;
        List<RetentionPolicyView> all = policies.all();
        List<String> ownPolicies = all.stream().map(RetentionPolicyView::country)
                .filter(country -> !PrivacyNotices.EVERY_OTHER_COUNTRY.equals(country)).toList();
        for (RetentionPolicyView policy : all) {
            boolean everyOther = PrivacyNotices.EVERY_OTHER_COUNTRY.equals(policy.country());
            Instant cutoff = started.atOffset(ZoneOffset.UTC).minusMonths(policy.keepMonths()).toInstant();
            String because = "retention policy for " + policy.countryName() + ": " + policy.keepMonths() + " months after the last activity";
            for (long candidateId : idle.quietSince(cutoff, everyOther ? null : policy.country(), ownPolicies, MAX_ERASED_PER_POLICY)) {
                try {
                    int vendors = erasure.erase(candidateId, "Retention policy for " + policy.countryName()).size();
                    report.add("Candidate #" + candidateId + ": erased (" + because
                            + (vendors == 0 ? "" : "; erasure asked of " + vendors + (vendors == 1 ? " vendor" : " vendors")) + ")");
                    erased++;
                } catch (RuntimeException e) {
                    log.error("Retention could not erase candidate {}", candidateId, e);
                    report.add("Candidate #" + candidateId + ": not erased: " + (e instanceof PrivacyRejectedException ? e.getMessage()
                            : "an unexpected error (" + e.getClass().getSimpleName() + "); see the log"));
                    problems++;
                }
            }
        }
        if (all.isEmpty()) {
            report.add("No retention policy is set: no data was erased. Set one under Privacy.");
        }
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        int consentsExpired = (int) expired.values().stream().mapToLong(Long::longValue).sum();
        int candidatesErased = erased;
        int problemCount = problems;
        return transaction.execute(status -> runs.save(new RetentionRun(started, clock.instant(), by, consentsExpired, candidatesErased,
                problemCount, String.join("\n", report))).toView());
    }

    /** The latest runs, newest first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<RetentionRunView> latestRuns() {
        return runs.findTop20ByOrderByStartedAtDescIdDesc().stream().map(RetentionRun::toView).toList();
    }
}
