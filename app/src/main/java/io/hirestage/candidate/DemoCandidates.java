package io.hirestage.candidate;

import io.hirestage.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: 200 generated candidates from every sourcing channel, the same on every machine
 * (a fixed seed), each with a short text resume, so the candidate list has something to search and filter.
 */
@Component
class DemoCandidates implements SmartInitializingSingleton {

    static final int COUNT = 200;

    private static final List<String> FIRST = List.of("Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
            "Edsger", "Radia", "Tim", "Katherine", "Guido", "Hedy", "James", "Joan", "Bjarne", "Shafi", "Niklaus");
    private static final List<String> LAST = List.of("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov",
            "Thompson", "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Johnson", "van Rossum", "Lamarr", "Gosling", "Clarke",
            "Stroustrup", "Goldwasser", "Wirth");
    private static final List<String> CITIES = List.of("London", "Berlin", "Austin, TX", "Seattle, WA", "Lisbon", "Warsaw", "Toronto",
            "Bangalore", "Amsterdam", "Remote");
    private static final List<String> TAGS = List.of("java", "kotlin", "go", "kafka", "postgres", "kubernetes", "aws", "mentoring",
            "distributed-systems", "api-design");

    private static final List<String> SKILLS = List.of("API design and system structuring", "Database modelling and query optimisation",
            "Debugging and performance analysis", "Distributed systems understanding", "CI/CD and version control mastery",
            "Clear technical communication", "Effective mentorship and support");
    private static final List<String> PROJECTS = List.of("moved a payments monolith to event-driven services on Kafka",
            "cut p99 latency of the order API from 900 ms to 120 ms", "ran the migration from MySQL 5.7 to PostgreSQL 16",
            "built the CI pipeline that ships 40 deploys a day", "designed the public REST API used by 300 partners");

    private final CandidateRepository candidates;
    private final ResumeRepository resumes;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;
    private final Clock clock;
    private final boolean demo;

    DemoCandidates(CandidateRepository candidates, ResumeRepository resumes, TransactionTemplate transaction, AuditLog auditLog, Clock clock,
                   @Value("${hirestage.demo.enabled:false}") boolean demo) {
        this.candidates = candidates;
        this.resumes = resumes;
        this.transaction = transaction;
        this.auditLog = auditLog;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!demo) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (candidates.existsByEmail(email(0))) {
                return;
            }
            Random random = new Random(2026);
            Instant now = clock.instant();
            SourcingChannel[] channels = SourcingChannel.values();
            for (int i = 0; i < COUNT; i++) {
                String first = FIRST.get(random.nextInt(FIRST.size()));
                String last = LAST.get(random.nextInt(LAST.size()));
                CandidateDraft draft = new CandidateDraft();
                draft.setFullName(first + " " + last);
                draft.setEmail(email(i));
                draft.setPhone(random.nextInt(4) == 0 ? "" : "+44 20 7946 " + String.format("%04d", i));
                draft.setLocation(CITIES.get(random.nextInt(CITIES.size())));
                draft.setGithubUrl(random.nextBoolean() ? "https://github.com/demo-" + i : "");
                SourcingChannel channel = channels[i % channels.length];
                draft.setChannel(channel);
                draft.setChannelDetail(channel == SourcingChannel.REFERRAL ? FIRST.get(i % FIRST.size()) + " (engineering)"
                        : channel == SourcingChannel.OTHER ? "Hacker News jobs thread" : "");
                draft.setTags(TAGS.get(random.nextInt(TAGS.size())) + "," + TAGS.get(random.nextInt(TAGS.size())));
                draft.setTalentPoolConsent(random.nextInt(3) > 0);
                Instant added = now.minus(Duration.ofHours(random.nextInt(24 * 60)));
                Candidate candidate = candidates.save(new Candidate(draft, added));
                String text = resumeText(draft, random);
                Resume resume = new Resume(candidate.getId());
                resume.replace("resume-" + i + ".txt", new ReadResume("text/plain", text), text.getBytes(StandardCharsets.UTF_8), added,
                        AuditLog.SYSTEM);
                resumes.save(resume);
            }
            auditLog.record(Candidates.AUDIT_TYPE, "demo", "added", "Added " + COUNT + " generated demo candidates");
        });
    }

    /** A short plain-text resume naming a few of the skills from the hiring guide, so that resume search finds something. */
    private static String resumeText(CandidateDraft draft, Random random) {
        List<String> skills = new ArrayList<>(SKILLS);
        Collections.shuffle(skills, random);
        int years = 4 + random.nextInt(12);
        return draft.getFullName() + "\n" + draft.getLocation() + "\n\nBackend engineer with " + years + " years of experience. "
                + "Tools: " + draft.getTags().replace(",", ", ") + ".\n\nStrengths: " + String.join("; ", skills.subList(0, 3))
                + ".\n\nLed a team of " + (2 + random.nextInt(8)) + " engineers; " + PROJECTS.get(random.nextInt(PROJECTS.size())) + ".\n";
    }

    private static String email(int i) {
        return "candidate" + i + "@demo.hirestage.io";
    }
}
