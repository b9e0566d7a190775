package io.hirestage.pipeline;

import io.hirestage.audit.AuditLog;
import io.hirestage.notification.Notifications;
import io.hirestage.base.Redaction;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.opening.Openings;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.plugin.VendorErasures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's part of erasing a candidate (GDPR Art. 17): the applications stay, anonymous, for
 * the statistics of each opening (stages reached, outcomes, vendor scores), while their notes, the
 * words that named the person in their history, reasons and audit lines, and the links to vendors'
 * reports go; every vendor that was sent the person's data is asked to erase it.
 */
@Service
public class ApplicationsErasure {

    static final String ERASED_NOTE = "(a note, erased with the candidate's data)";

    private final ApplicationRepository applications;
    private final JdbcClient jdbc;
    private final VendorStepRepository steps;
    private final VendorErasures vendors;
    private final Openings openings;
    private final AuditLog auditLog;
    private final Notifications notifications;

    ApplicationsErasure(ApplicationRepository applications, JdbcClient jdbc, VendorStepRepository steps,
                        VendorErasures vendors, Openings openings, AuditLog auditLog, Notifications notifications) {
        this.notifications = notifications;
        this.applications = applications;
        this.jdbc = jdbc;
        this.steps = steps;
        this.vendors = vendors;
        this.openings = openings;
        this.auditLog = auditLog;
    }

    /**
     * Why the candidate's data may not be erased yet: an application still in the running needs it.
     *
     * @return the reason in a sentence, or empty when nothing stands in the way
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> whatStandsInTheWay(long candidateId) {
        List<String> running = applications.findByCandidateIdOrderByCreatedAt(candidateId).stream()
                .filter(application -> application.getStatus() == ApplicationStatus.ACTIVE)
                .map(application -> openings.find(application.getOpeningId()).title() + " (" + application.getStage().displayName() + ")")
                .toList();
        return running.isEmpty() ? Optional.empty()
                : Optional.of("Still in the running for " + String.join(", ", running)
                        + ": reject the application or record the withdrawal first, so nobody works on a record that empties under them.");
    }

    /**
     * Erases the pipeline's part, in the erasure's transaction, after {@link #whatStandsInTheWay} said nothing.
     *
     * @param person        the candidate as they were before their record was erased
     * @param anonymousName what stands for them now, "Erased candidate #123"
     * @return the erasures asked of vendors
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboundRequestView> erase(CandidateSummary person, List<String> personalWords, String anonymousName) {
        List<Application> theirs = applications.findByCandidateIdOrderByCreatedAt(person.id());
        List<Long> ids = theirs.stream().map(Application::getId).toList();
        theirs.forEach(application -> application.erase(personalWords, anonymousName));
        eraseHistory(ids, personalWords, anonymousName);
        notifications.eraseAbout(person.id());
        List<VendorStep> sent = steps.findByApplicationIdInOrderBySentAtDescIdDesc(ids);
        sent.forEach(VendorStep::erase);
        List<String> requestKeys = sent.stream().map(VendorStep::getRequestKey).toList();
        auditLog.redact(Applications.AUDIT_TYPE, ids.stream().map(String::valueOf).collect(Collectors.toList()), personalWords, anonymousName);
        auditLog.redact(VendorSteps.AUDIT_TYPE, requestKeys, personalWords, anonymousName);
        return vendors.erase(erasureKey(person.id()), person.email(), requestKeys);
    }

    /**
     * A note about the person goes whole; any other line of the history no longer names them. The
     * history is immutable to the application's own code, so this writes the table itself.
     */
    private void eraseHistory(List<Long> applicationIds, List<String> personalWords, String anonymousName) {
        if (applicationIds.isEmpty()) {
            return;
        }
        jdbc.sql("update application_event set detail = :erased where application_id in (:ids) and kind in (:notes)")
                .param("erased", ERASED_NOTE).param("ids", applicationIds)
                .param("notes", List.of(ActivityKind.NOTE.name(), ActivityKind.NOTE_EDITED.name())).update();
        jdbc.sql("select id, detail from application_event where application_id in (:ids) and detail is not null")
                .param("ids", applicationIds)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().forEach(line -> {
                    String redacted = cut(Redaction.redact(line.getValue(), personalWords, anonymousName), Activity.MAX_DETAIL);
                    if (!redacted.equals(line.getValue())) {
                        jdbc.sql("update application_event set detail = ? where id = ?").params(redacted, line.getKey()).update();
                    }
                });
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The erasures asked of vendors for the candidate, with where each stands. */
    @PreAuthorize("isAuthenticated()")
    public List<OutboundRequestView> vendorErasures(long candidateId) {
        return vendors.erasures(erasureKey(candidateId));
    }

    private static String erasureKey(long candidateId) {
        return "erase-candidate-" + candidateId;
    }
}
