package io.hirestage.candidate;

import io.hirestage.audit.AuditLog;
import io.hirestage.base.SafeFileName;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the portal holds about a candidate, for their request to see it or take it elsewhere
 * (GDPR Art. 15 and 20): one zip with {@code candidate.json} (the profile, the resume's text, who
 * looked, and each other feature's part) and the resume file as uploaded. An admin's task; each
 * export is in the audit trail.
 */
@Service
public class CandidateDataExport {

    private final CandidateRepository candidates;
    private final ResumeRepository resumes;
    private final CandidateAccessRepository accesses;
    private final List<CandidateDataSource> sources;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final Clock clock;
    private final EarlierResumes earlier;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    CandidateDataExport(CandidateRepository candidates, ResumeRepository resumes, CandidateAccessRepository accesses,
                        ObjectProvider<CandidateDataSource> sources, AuditLog auditLog, JsonMapper json, Clock clock,
                        PlatformTransactionManager transactions, EarlierResumes earlier) {
        this.earlier = earlier;
        this.writing = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.candidates = candidates;
        this.resumes = resumes;
        this.accesses = accesses;
        this.sources = sources.orderedStream().toList();
        this.auditLog = auditLog;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.clock = clock;
    }

    /**
     * The zip's bytes; a candidate who no longer exists is refused. The portal's own data is read in
     * one transaction; the other features' parts are asked for after it, since one of them asks the
     * vendors, and a slow vendor must not hold a database connection.
     */
    @RolesAllowed("ADMIN")
    public byte[] export(long candidateId) {
        Map<String, Object> data = new LinkedHashMap<>();
        Held held = readOnly.execute(status -> {
            CandidateSummary candidate = candidates.findById(candidateId).map(Candidate::toSummary)
                    .orElseThrow(() -> new CandidateRejectedException("This candidate no longer exists"));
            data.put("exportedAt", clock.instant());
            data.put("profile", candidate);
            Optional<Resume> resume = resumes.findByCandidateId(candidateId);
            resume.ifPresent(found -> data.put("resume", found.toView()));
            List<EarlierResumeView> earlierOnes = earlier.of(candidateId);
            data.put("earlierResumes", earlierOnes);
            data.put("whoLooked", accesses.findByCandidateIdOrderByAtDescIdDesc(candidateId, Limit.unlimited())
                    .stream().map(CandidateAccess::toView).toList());
            return new Held(candidate, resume.map(Resume::toFile), earlierOnes.stream()
                    .map(one -> earlier.file(candidateId, one.id()).map(file -> Map.entry(one.id(), file)).orElseThrow()).toList());
        });
        sources.forEach(source -> data.put(source.name(), source.dataOf(candidateId)));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("candidate.json"));
            out.write(json.writeValueAsBytes(data));
            out.closeEntry();
            if (held.resumeFile().isPresent()) {
                ResumeFile file = held.resumeFile().get();
                out.putNextEntry(new ZipEntry("resume/" + SafeFileName.of(file.fileName(), "resume")));
                out.write(file.content());
                out.closeEntry();
            }
            for (Map.Entry<Long, ResumeFile> one : held.earlierFiles()) {
                out.putNextEntry(new ZipEntry("resume/earlier/" + one.getKey() + "-" + SafeFileName.of(one.getValue().fileName(), "resume")));
                out.write(one.getValue().content());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writing.executeWithoutResult(status -> auditLog.record(Candidates.AUDIT_TYPE, String.valueOf(candidateId), "data exported",
                "Exported everything held about " + held.candidate().fullName() + " (GDPR access request)"));
        return zip.toByteArray();
    }

    /** What the candidate feature itself holds that goes into the zip beside candidate.json. */
    private record Held(CandidateSummary candidate, Optional<ResumeFile> resumeFile, List<Map.Entry<Long, ResumeFile>> earlierFiles) {
    }
}
