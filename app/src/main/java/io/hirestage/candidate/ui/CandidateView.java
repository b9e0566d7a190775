package io.hirestage.candidate.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Component;
import io.hirestage.security.Role;
import io.hirestage.security.CurrentUser;
import io.hirestage.candidate.CandidateAccessView;
import io.hirestage.base.Countries;
import io.hirestage.candidate.CandidateAccessLog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import io.hirestage.candidate.EarlierResumeView;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.hirestage.base.ui.Attachment;
import io.hirestage.base.ui.LimitedUpload;
import io.hirestage.base.ui.ProblemLine;
import io.hirestage.candidate.CandidateMerge;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.base.ui.UserTime;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.ResumeRejectedException;
import io.hirestage.candidate.ResumeView;
import io.hirestage.candidate.Resumes;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A candidate's profile: contact details, source, and the resume with the job roles' skills it mentions. */
@Route("candidates")
@PageTitle("Candidate · Hirestage")
@RolesAllowed({"ADMIN", "RECRUITER"})
public class CandidateView extends VerticalLayout implements HasUrlParameter<Long> {


    private final Resumes resumes;
    private final PipelineTemplates templates;
    private final Div resumeArea = new Div();
    private final ProblemLine uploadResult = new ProblemLine("resume-upload-result");
    private final List<CandidateProfileSection> sections;
    private final Candidates candidates;
    private final CandidateSearch search;
    private final CandidateMerge merge;
    private final CandidateAccessLog accessLog;
    private long candidateId;

    public CandidateView(Resumes resumes, PipelineTemplates templates, ObjectProvider<CandidateProfileSection> sections,
                         Candidates candidates, CandidateSearch search, CandidateMerge merge, CandidateAccessLog accessLog) {
        this.resumes = resumes;
        this.accessLog = accessLog;
        this.candidates = candidates;
        this.search = search;
        this.merge = merge;
        this.templates = templates;
        this.sections = sections.orderedStream().toList();
        resumeArea.setId("resume");
    }

    @Override
    public void setParameter(BeforeEvent event, Long candidateId) {
        this.candidateId = candidateId;
        removeAll();
        CandidateSummary candidate = resumes.candidate(candidateId).orElse(null);
        if (candidate == null) {
            add(new H2("This candidate no longer exists"));
            return;
        }
        if (candidate.erased()) {
            add(new H2(candidate.fullName()), new Paragraph("This person's data was erased on " + UserTime.dateTime(candidate.erasedAt())
                    + ". The anonymous record stays for statistics: source " + candidate.source() + ", added "
                    + UserTime.date(candidate.createdAt()) + "."));
            sections.forEach(section -> add(new H3(section.title()), section.create(candidate)));
            return;
        }
        Button mergeDuplicate = new Button("Merge a duplicate…", click -> new MergeDuplicateDialog(candidate, candidates, search, merge,
                merged -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))).open());
        mergeDuplicate.setId("merge-duplicate");
        Button edit = new Button("Edit…", click -> new CandidateFormDialog(candidates, candidate,
                saved -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))).open());
        edit.setId("edit-candidate");
        HorizontalLayout heading = new HorizontalLayout(new H2(candidate.fullName()), edit, mergeDuplicate);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        add(heading, new Paragraph(String.join(" · ", List.of(candidate.email(), orDash(candidate.phone()),
                orDash(candidate.location()), candidate.country() == null ? "no country" : Countries.name(candidate.country())))),
                otherEmails(candidate),
                new Paragraph("Source: " + candidate.source()
                + (candidate.tags().isEmpty() ? "" : " · Tags: " + String.join(", ", candidate.tags()))
                + " · " + (candidate.talentPoolConsent() ? "may be kept in the talent pool" : "no talent-pool consent")),
                links(candidate));
        Upload upload = new Upload();
        // Emptied after each file, so the next one can be dropped in without removing the last by hand.
        upload.setUploadHandler(LimitedUpload.of(Resumes.MAX_BYTES, (fileName, bytes) -> {
            upload(fileName, bytes);
            upload.clearFileList();
        }, refusal -> {
            showProblem(refusal);
            upload.clearFileList();
        }));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".txt");
        upload.setMaxFiles(1);
        // The browser's check spares an honest upload the wait; the handler refuses a larger body whatever sent it.
        upload.setMaxFileSize(Resumes.MAX_BYTES);
        // The browser's own refusals, in the same plain words as the server's.
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("it is larger than " + LimitedUpload.megabytes(Resumes.MAX_BYTES))
                .setIncorrectFileType("it is not a PDF, Word (DOCX) or text file")));
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getFileName() + " was not uploaded: " + rejected.getErrorMessage()));
        add(new H3("Resume"), resumeArea, upload, uploadResult);
        showResume(resumes.find(candidateId).orElse(null));
        sections.forEach(section -> add(new H3(section.title()), section.create(candidate)));
        if (CurrentUser.roles().contains(Role.ADMIN)) {
            add(new H3("Who looked"), whoLooked());
        }
    }

    /** For admins: who opened this profile, looked at or downloaded the resume, newest first. */
    private Component whoLooked() {
        Grid<CandidateAccessView> looks = new Grid<>(CandidateAccessView.class, false);
        looks.setId("who-looked");
        looks.addColumn(look -> UserTime.dateTime(look.at())).setHeader("When").setAutoWidth(true);
        looks.addColumn(CandidateAccessView::actor).setHeader("Who").setAutoWidth(true);
        looks.addColumn(look -> look.kind().displayName()).setHeader("What").setFlexGrow(1);
        looks.setItems(accessLog.latest(candidateId));
        looks.setAllRowsVisible(true);
        long all = accessLog.count(candidateId);
        Paragraph note = new Paragraph(all > CandidateAccessLog.SHOWN ? "The latest " + CandidateAccessLog.SHOWN + " of " + all
                + " are shown." : "Every opening of this profile, look at the resume's pages and download of it is recorded.");
        return new Div(note, looks);
    }

    void upload(String fileName, byte[] bytes) {
        try {
            showResume(resumes.upload(candidateId, fileName, bytes));
            uploadResult.clear();
        } catch (ResumeRejectedException e) {
            showProblem(e.getMessage());
        }
    }

    private void showProblem(String message) {
        uploadResult.show(message);
    }

    private void showResume(ResumeView resume) {
        resumeArea.removeAll();
        if (resume == null) {
            resumeArea.add(new Paragraph("No resume yet. Upload a PDF, Word (DOCX) or text file of up to "
                    + LimitedUpload.megabytes(Resumes.MAX_BYTES) + "."));
            return;
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> resumes.file(candidateId)
                .map(file -> Attachment.of(event, file.fileName(), file.mediaType(), file.content()))
                .orElseGet(() -> DownloadResponse.error(404))), resume.fileName());
        resumeArea.add(new Paragraph(download, new Span(" · uploaded " + UserTime.dateTime(resume.uploadedAt())
                + " by " + resume.uploadedBy())));
        for (JobRoleView role : templates.jobRoles()) {
            List<String> mentioned = Resumes.skillsMentioned(resume, role.hardSkills());
            Paragraph skills = new Paragraph(role.name() + ": mentions " + mentioned.size() + " of " + role.hardSkills().size()
                    + " skills" + (mentioned.isEmpty() ? "" : ": " + String.join("; ", mentioned))
                    + ". A screening aid: read the resume before deciding.");
            skills.addClassName("skills-mentioned");
            resumeArea.add(skills);
        }
        if (resume.mediaType().equals("application/pdf")) {
            resumeArea.add(new ResumePagesPreview(resumes, candidateId));
        }
        String text = resume.text();
        resumeArea.add(new Details("Text read from the resume", new Pre(text.length() > 5000 ? text.substring(0, 5000) + "…" : text)));
        List<EarlierResumeView> earlier = resumes.earlier(candidateId);
        if (!earlier.isEmpty()) {
            UnorderedList versions = new UnorderedList();
            versions.setId("earlier-resumes");
            earlier.forEach(one -> versions.add(new ListItem(new Anchor(DownloadHandler.fromInputStream(event -> resumes
                    .earlierFile(candidateId, one.id())
                    .map(file -> Attachment.of(event, file.fileName(), file.mediaType(), file.content()))
                    .orElseGet(() -> DownloadResponse.error(404))), one.fileName()),
                    new Span(" · uploaded " + UserTime.dateTime(one.uploadedAt()) + " by " + one.uploadedBy()
                            + ", replaced " + UserTime.dateTime(one.replacedAt())))));
            resumeArea.add(new Details("Earlier resumes (" + earlier.size() + ")", versions));
        }
    }

    /** The candidate's LinkedIn, GitHub and portfolio, opened in a new tab that cannot reach back into the portal. */
    private static Paragraph links(CandidateSummary candidate) {
        Paragraph links = new Paragraph();
        links.setId("candidate-links");
        addLink(links, "LinkedIn", candidate.linkedinUrl());
        addLink(links, "GitHub", candidate.githubUrl());
        addLink(links, "Portfolio", candidate.portfolioUrl());
        if (links.getChildren().findAny().isEmpty()) {
            links.setText("No LinkedIn, GitHub or portfolio link");
        }
        return links;
    }

    private static void addLink(Paragraph links, String name, String url) {
        // The form accepts only http and https addresses; checked again here for records that came another way.
        if (url == null || !url.matches("(?i)^https?://\\S+$")) {
            return;
        }
        if (links.getChildren().findAny().isPresent()) {
            links.add(new Span(" · "));
        }
        Anchor link = new Anchor(url, name);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        link.getElement().setAttribute("title", url);
        links.add(link);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    /** A merged duplicate's addresses: the person may still write from them. */
    private static Paragraph otherEmails(CandidateSummary candidate) {
        Paragraph other = new Paragraph("Also writes from " + String.join(", ", candidate.otherEmails()));
        other.setId("other-emails");
        other.setVisible(!candidate.otherEmails().isEmpty());
        return other;
    }
}
