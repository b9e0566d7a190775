package io.hirestage.candidate;

import io.hirestage.base.SafeFileName;
import io.hirestage.search.CandidateIndex;
import io.hirestage.search.SearchWords;
import io.hirestage.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Candidates' resumes: upload (checked and read), the text, and the skills a screener looks for in it. */
@Service
public class Resumes {

    /** The largest resume file kept; the upload refuses a larger one while it arrives. */
    public static final int MAX_BYTES = Resume.MAX_BYTES;

    private final ResumeRepository resumes;
    private final CandidateRepository candidates;
    private final ResumeReader reader;
    private final AuditLog auditLog;
    private final CandidateIndex index;
    private final CandidateAccessLog accessLog;
    private final Clock clock;
    private final EarlierResumes earlier;
    private final TransactionTemplate transaction;

    Resumes(ResumeRepository resumes, CandidateRepository candidates, ResumeReader reader, AuditLog auditLog, CandidateIndex index,
            CandidateAccessLog accessLog, Clock clock, TransactionTemplate transaction, EarlierResumes earlier) {
        this.earlier = earlier;
        this.transaction = transaction;
        this.index = index;
        this.accessLog = accessLog;
        this.resumes = resumes;
        this.candidates = candidates;
        this.reader = reader;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Checks and reads a resume and makes it the candidate's current one; a rejected file changes nothing.
     *
     * @throws ResumeRejectedException empty, too large, not a PDF, DOCX or text file, named for another type, no text in it,
     *                                 or hostile (a compressed bomb, too long or too much memory to read)
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    public ResumeView upload(long candidateId, String uploadedName, byte[] content) {
        String fileName = SafeFileName.of(uploadedName, "resume");
        // Read before the transaction: reading may take up to the reader's timeout, and holds no database connection meanwhile.
        ReadResume read = reader.read(fileName, content);
        String uploadedBy = SecurityContextHolder.getContext().getAuthentication().getName();
        return transaction.execute(status -> {
            Candidate candidate = candidates.findById(candidateId)
                    .filter(found -> !found.isErased())
                    .orElseThrow(() -> new ResumeRejectedException("This candidate no longer exists"));
            Optional<Resume> current = resumes.findByCandidateId(candidateId);
            // The one it replaces stays, listed and downloadable, as an earlier resume.
            current.ifPresent(replaced -> earlier.keep(replaced.getId(), candidateId, clock.instant()));
            Resume resume = current.orElseGet(() -> new Resume(candidateId));
            resume.replace(fileName, read, content, clock.instant(), uploadedBy);
            ResumeView saved = resumes.save(resume).toView();
            index.changed(candidateId);
            auditLog.record(Candidates.AUDIT_TYPE, String.valueOf(candidateId), "resume uploaded", candidate.getFullName() + ": "
                    + fileName + " (" + ResumeReader.ACCEPTED.get(read.mediaType()) + ", " + content.length + " bytes)");
            return saved;
        });
    }

    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public Optional<ResumeView> find(long candidateId) {
        return resumes.findByCandidateId(candidateId).map(Resume::toView);
    }

    /** A PDF resume's first pages this many at most are painted to be read in the page. */
    public static final int PREVIEWED_PAGES = 5;

    /**
     * The current resume's first pages as pictures, for a PDF; empty when there is no resume or it is no
     * PDF. Painted when asked (a second or two), in a reader process, and recorded as a look at the resume.
     *
     * @throws ResumeRejectedException the pages could not be painted (a password, too slow, too much memory)
     */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    public Optional<ResumePages> pages(long candidateId) {
        Optional<ResumeFile> file = transaction.execute(status -> resumes.findByCandidateId(candidateId).map(Resume::toFile))
                .filter(found -> found.mediaType().equals("application/pdf"));
        file.ifPresent(found -> accessLog.record(candidateId, CandidateAccessKind.RESUME_PREVIEWED));
        return file.map(found -> reader.pages(found.fileName(), found.content(), PREVIEWED_PAGES));
    }

    /** The resumes newer uploads replaced, newest first. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public List<EarlierResumeView> earlier(long candidateId) {
        return earlier.of(candidateId);
    }

    /** An earlier resume's file, for download; the download is recorded as any other. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public Optional<ResumeFile> earlierFile(long candidateId, long earlierId) {
        return downloaded(candidateId, earlier.file(candidateId, earlierId));
    }

    /** The file as uploaded, for download. */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public Optional<ResumeFile> file(long candidateId) {
        return downloaded(candidateId, resumes.findByCandidateId(candidateId).map(Resume::toFile));
    }

    /**
     * The resume and its file, for features that decided already that the user may see the candidate
     * (a hiring manager screening the applications of their opening).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ResumeView> findForScreening(long candidateId) {
        return resumes.findByCandidateId(candidateId).map(Resume::toView);
    }

    /** The file of {@link #findForScreening}, for download. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ResumeFile> fileForScreening(long candidateId) {
        return downloaded(candidateId, resumes.findByCandidateId(candidateId).map(Resume::toFile));
    }

    private Optional<ResumeFile> downloaded(long candidateId, Optional<ResumeFile> file) {
        file.ifPresent(found -> accessLog.record(candidateId, CandidateAccessKind.RESUME_DOWNLOADED));
        return file;
    }

    /** The candidate as the profile shows them; the look is recorded ({@link CandidateAccessLog}). */
    @RolesAllowed({"ADMIN", "RECRUITER"})
    @Transactional(readOnly = true)
    public Optional<CandidateSummary> candidate(long candidateId) {
        Optional<CandidateSummary> candidate = candidates.findById(candidateId).map(Candidate::toSummary);
        candidate.ifPresent(found -> accessLog.record(candidateId, CandidateAccessKind.PROFILE_OPENED));
        return candidate;
    }

    /**
     * The skills one of whose telling words starts a word of the resume (as search matches a word), as
     * a screening aid: it tells a screener where to look, and never rejects anyone by itself.
     */
    public static List<String> skillsMentioned(ResumeView resume, List<String> skills) {
        return skills.stream().filter(skill -> SearchWords.mentionsAny(resume.text(), CandidateSearch.skillWords(skill))).toList();
    }
}
