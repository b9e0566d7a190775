package io.hirestage.candidate;

import io.hirestage.search.CandidateIndex;
import io.hirestage.audit.AuditLog;
import io.hirestage.audit.Changes;
import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.base.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Recruiters' candidates: find them, add them (with duplicate detection), and the audit trail of it. */
@Service
@Validated
public class Candidates {

    /** No candidate has this id: for checks that exclude none. */
    private static final long NOBODY = 0;

    static final String AUDIT_TYPE = "Candidate";

    private final CandidateRepository candidates;
    private final ResumeRepository resumes;
    private final AuditLog auditLog;
    private final CandidateIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EarlierResumes earlier;

    Candidates(CandidateRepository candidates, ResumeRepository resumes, AuditLog auditLog, CandidateIndex index,
               ApplicationEventPublisher events, Clock clock, EarlierResumes earlier) {
        this.earlier = earlier;
        this.events = events;
        this.candidates = candidates;
        this.index = index;
        this.resumes = resumes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Adds a candidate. The same email address is always refused; the same phone number or name is
     * reported as possible duplicates unless the recruiter confirmed it is someone else.
     *
     * @param notADuplicate the recruiter looked at the lookalikes and this is another person
     * @throws PossibleDuplicatesException with the lookalikes, when there are some and it is not confirmed
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public CandidateSummary add(@Valid CandidateDraft draft, boolean notADuplicate) {
        String email = draft.getEmail().trim().toLowerCase(Locale.ROOT);
        if (emailTaken(email, NOBODY)) {
            throw new EmailTakenException(email);
        }
        if (!notADuplicate) {
            List<CandidateSummary> lookalikes = lookalikes(draft);
            if (!lookalikes.isEmpty()) {
                throw new PossibleDuplicatesException(lookalikes);
            }
        }
        Candidate candidate = candidates.save(new Candidate(draft, clock.instant()));
        auditLog.record(AUDIT_TYPE, String.valueOf(candidate.getId()), "added", "Added " + candidate.getFullName() + " from "
                + candidate.toSummary().source());
        events.publishEvent(new CandidateAdded(candidate.getId(), draft.isTalentPoolConsent()));
        index.changed(candidate.getId());
        // The listeners changed this same managed record (the consent's talent-pool mark): no need to read it again.
        return candidate.toSummary();
    }

    /** Whether another candidate has the address, as their own or as one of a duplicate merged into them. */
    private boolean emailTaken(String email, long exceptId) {
        return candidates.existsByEmailAndIdNot(email, exceptId) || candidates.findByOtherEmailsContaining(email).stream()
                .anyMatch(other -> other.getId() != exceptId && other.toSummary().otherEmails().contains(email));
    }

    private static Changes changes(CandidateSummary before, CandidateSummary after) {
        return Changes.compare().field("Name", before.fullName(), after.fullName()).field("Email", before.email(), after.email())
                .field("Phone", before.phone(), after.phone()).field("Location", before.location(), after.location())
                .field("Country", before.country(), after.country()).field("LinkedIn", before.linkedinUrl(), after.linkedinUrl())
                .field("GitHub", before.githubUrl(), after.githubUrl()).field("Portfolio", before.portfolioUrl(), after.portfolioUrl())
                .field("Source", before.source(), after.source()).field("Tags", String.join(", ", before.tags()), String.join(", ", after.tags()))
                .field("Talent pool consent", before.talentPoolConsent() ? "yes" : "no", after.talentPoolConsent() ? "yes" : "no");
    }

    /**
     * Changes a candidate's details.
     *
     * @param seenVersion the version of the record the recruiter edited; a newer one is refused
     * @throws ConcurrentChangeException when someone else changed the candidate meanwhile
     * @throws EmailTakenException when another candidate has the address
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public CandidateSummary update(long candidateId, long seenVersion, @Valid CandidateDraft draft) {
        Candidate candidate = candidates.findById(candidateId).filter(found -> !found.isErased())
                .orElseThrow(() -> new CandidateRejectedException("This candidate no longer exists"));
        StaleCheck.require(candidate, seenVersion, candidate.getFullName() + "'s record");
        String email = draft.getEmail().trim().toLowerCase(Locale.ROOT);
        if (emailTaken(email, candidateId)) {
            throw new EmailTakenException(email);
        }
        CandidateSummary before = candidate.toSummary();
        candidate.apply(draft);
        CandidateSummary updated = candidates.saveAndFlush(candidate).toSummary();
        Changes changes = changes(before, updated);
        auditLog.record(AUDIT_TYPE, String.valueOf(candidateId), "edited", "Edited " + updated.fullName()
                + (changes.isEmpty() ? ", nothing changed" : ": " + String.join(", ", changes.fieldNames()).toLowerCase(Locale.ROOT)), changes);
        index.changed(candidateId);
        return updated;
    }

    /**
     * Records whether the candidate has a valid talent-pool consent; the privacy feature's consents,
     * which say when, how and until when, call this whenever one is given, withdrawn or expires.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void talentPoolConsentChanged(long candidateId, boolean given) {
        candidates.findById(candidateId).ifPresent(candidate -> candidate.consentToTalentPool(given));
    }

    /**
     * Erases the person's data from their record and resume: the record stays, anonymous ("Erased
     * candidate #123"), with the channel, country and date added for statistics; their lines in the
     * audit trail no longer name them; the search index forgets them. Part of the privacy feature's
     * erasure, which checks first that nothing still needs the data and erases the other features'
     * parts in the same transaction.
     *
     * @return the person as they were, to name them to the vendors that erase them too
     */
    @RolesAllowed("ADMIN")
    @Transactional(propagation = Propagation.MANDATORY)
    public CandidateSummary erase(long candidateId) {
        Candidate candidate = candidates.findById(candidateId).filter(found -> !found.isErased())
                .orElseThrow(() -> new CandidateRejectedException("This candidate no longer exists or was erased already"));
        CandidateSummary before = candidate.toSummary();
        resumes.findByCandidateId(candidateId).ifPresent(resumes::delete);
        earlier.eraseOf(candidateId);
        candidate.erase(clock.instant());
        candidates.flush();
        auditLog.redact(AUDIT_TYPE, List.of(String.valueOf(candidateId)), personalWords(before), anonymousName(candidateId));
        index.changed(candidateId);
        return before;
    }

    /**
     * Adds a tag to each of these candidates (those who have it keep it once); for a list's bulk action.
     *
     * @return how many candidates got the tag
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional
    public int addTag(Collection<Long> candidateIds, String tag) {
        String normalised = Candidate.normaliseTags(tag);
        if (normalised.isEmpty() || normalised.contains(",")) {
            throw new CandidateRejectedException("Enter one tag, such as java");
        }
        int tagged = 0;
        for (Candidate candidate : candidates.findAllById(candidateIds)) {
            String before = String.join(", ", candidate.toSummary().tags());
            if (!candidate.isErased() && candidate.addTag(normalised)) {
                tagged++;
                auditLog.record(AUDIT_TYPE, String.valueOf(candidate.getId()), "edited", "Tagged " + candidate.getFullName() + " " + normalised,
                        Changes.compare().field("Tags", before, String.join(", ", candidate.toSummary().tags())));
            }
        }
        candidates.flush();
        index.changed(List.copyOf(candidateIds));
        return tagged;
    }

    /** What stands for an erased candidate where their name stood: "Erased candidate #123". */
    public static String anonymousName(long candidateId) {
        return Candidate.erasedName(candidateId);
    }

    /** What names the person in free text: their name and email address, and their phone number as it was written. */
    public static List<String> personalWords(CandidateSummary candidate) {
        return Stream.concat(Stream.of(candidate.fullName(), candidate.email(), candidate.phone()), candidate.otherEmails().stream())
                .filter(word -> word != null && !word.isBlank()).toList();
    }

    /** Other candidates with the same phone number or name as this one: possible duplicates to merge. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<CandidateSummary> lookalikesOf(long candidateId) {
        Candidate candidate = candidates.findById(candidateId).orElseThrow(() -> new CandidateRejectedException("This candidate no longer exists"));
        CandidateSummary summary = candidate.toSummary();
        return candidates.findLookalikes(CandidateKeys.nameKey(summary.fullName()), CandidateKeys.phoneDigits(summary.phone())).stream()
                .map(Candidate::toSummary).filter(other -> other.id() != candidateId).toList();
    }

    /** The kept record as the merge would leave it, and what happens to the resumes; nothing is changed. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    MergePreview previewAbsorbing(long keptId, long duplicateId, List<String> movedByOthers) {
        Candidate kept = candidates.findById(keptId).orElseThrow(() -> new CandidateRejectedException("The candidate to keep no longer exists"));
        Candidate duplicate = candidates.findById(duplicateId)
                .orElseThrow(() -> new CandidateRejectedException("The duplicate no longer exists"));
        List<String> moves = new ArrayList<>(movedByOthers);
        Optional<Resume> keptResume = resumes.findByCandidateId(keptId);
        resumes.findByCandidateId(duplicateId).ifPresent(theirs -> moves.add(keptResume.isEmpty()
                ? "Their resume (" + theirs.toView().fileName() + ") comes here"
                : replaces(theirs, keptResume) ? "Their resume (" + theirs.toView().fileName() + "), the newer one, becomes the current "
                + "one; this record's is kept as an earlier resume"
                : "This record's resume, the newer one, stays current; theirs (" + theirs.toView().fileName() + ") is kept as an earlier resume"));
        return new MergePreview(kept.toSummary(), duplicate.toSummary(), kept.afterAbsorbing(duplicate), moves);
    }

    /** A duplicate's resume replaces the kept record's when that has none or an older one. */
    private static boolean replaces(Resume theirs, Optional<Resume> kept) {
        return kept.isEmpty() || theirs.getUploadedAt().isAfter(kept.get().getUploadedAt());
    }

    /**
     * Folds a duplicate record into the candidate kept: its details where the kept record has none,
     * its resume if newer, then removes it. Run by the merge, once the other features moved what they
     * keep of the duplicate, in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    CandidateSummary absorb(long keptId, long duplicateId) {
        Candidate kept = candidates.findById(keptId).orElseThrow(() -> new CandidateRejectedException("The candidate to keep no longer exists"));
        Candidate duplicate = candidates.findById(duplicateId)
                .orElseThrow(() -> new CandidateRejectedException("The duplicate no longer exists"));
        kept.absorb(duplicate);
        Optional<Resume> keptResume = resumes.findByCandidateId(keptId);
        // Whichever resume is not the current one after the merge stays as an earlier one, with both records' earlier ones.
        earlier.moveTo(duplicateId, keptId);
        resumes.findByCandidateId(duplicateId).ifPresent(theirs -> {
            if (replaces(theirs, keptResume)) {
                keptResume.ifPresent(ours -> {
                    earlier.keep(ours.getId(), keptId, clock.instant());
                    resumes.delete(ours);
                });
                resumes.flush();
                theirs.transferTo(keptId);
            } else {
                earlier.keep(theirs.getId(), keptId, clock.instant());
                resumes.delete(theirs);
            }
        });
        resumes.flush();
        candidates.delete(duplicate);
        candidates.flush();
        index.changed(List.of(keptId, duplicateId));
        CandidateSummary merged = kept.toSummary();
        auditLog.record(AUDIT_TYPE, String.valueOf(keptId), "merged", "Merged " + duplicate.getFullName() + " ("
                + duplicate.toSummary().email() + ") into " + merged.fullName() + " (" + merged.email() + ")");
        return merged;
    }

    /** People already in the portal with the same phone number or name. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<CandidateSummary> lookalikes(CandidateDraft draft) {
        return candidates.findLookalikes(CandidateKeys.nameKey(draft.getFullName()), CandidateKeys.phoneDigits(draft.getPhone()))
                .stream().map(Candidate::toSummary).toList();
    }

    /**
     * The candidates with these ids, by id. For features that decided already that the user may see
     * them (the applications of an opening they work on).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, CandidateSummary> summaries(Collection<Long> ids) {
        return candidates.findAllById(ids).stream().map(Candidate::toSummary)
                .collect(Collectors.toMap(CandidateSummary::id, Function.identity()));
    }
}
