package io.hirestage.candidate.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.hirestage.candidate.ResumePages;
import io.hirestage.candidate.ResumeRejectedException;
import io.hirestage.candidate.Resumes;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A PDF resume's first pages, to read in the profile: painted by the portal as pictures when opened
 * (the file itself never reaches the browser this way), and let go when closed, so the session does
 * not keep them.
 */
class ResumePagesPreview extends Details {

    private final Resumes resumes;
    private final long candidateId;
    private final Div pages = new Div();

    ResumePagesPreview(Resumes resumes, long candidateId) {
        super("Pages of the resume");
        this.resumes = resumes;
        this.candidateId = candidateId;
        setId("resume-pages");
        pages.addClassName("resume-pages");
        add(pages);
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                show();
            } else {
                pages.removeAll();
            }
        });
    }

    private void show() {
        pages.removeAll();
        try {
            resumes.pages(candidateId).ifPresentOrElse(this::show,
                    () -> pages.add(new Paragraph("The current resume is not a PDF; read its text below or download it.")));
        } catch (ResumeRejectedException e) {
            pages.add(new Paragraph("The pages could not be shown: " + e.getMessage() + ". Download the file to read it."));
        }
    }

    private void show(ResumePages painted) {
        List<byte[]> images = painted.pages();
        for (int page = 0; page < images.size(); page++) {
            byte[] jpeg = images.get(page);
            String name = "page-" + (page + 1) + ".jpg";
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(jpeg), name,
                    "image/jpeg", jpeg.length)), "Page " + (page + 1) + " of " + painted.pageCount() + " of the resume");
            image.addClassName("resume-page");
            pages.add(image);
        }
        if (painted.pageCount() > images.size()) {
            pages.add(new Paragraph("The first " + images.size() + " of " + painted.pageCount() + " pages are shown; download the file "
                    + "for the rest."));
        }
    }
}
