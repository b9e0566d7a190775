package io.hirestage.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.search.CandidateIndex;
import io.hirestage.search.IndexStatus;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Admin > Search index: how many candidates the search index holds and when it was last rebuilt,
 * and a rebuild with its progress (after restoring a database backup, or when a problem is shown).
 */
@Route("admin/search-index")
@PageTitle("Search index · Hirestage")
@Menu(order = 125, title = "Search index", icon = "vaadin:search")
@RolesAllowed("ADMIN")
public class SearchIndexView extends VerticalLayout {

    private static final int POLL_MILLIS = 500;

    private final CandidateIndex index;
    private final Paragraph summary = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Button rebuild;

    public SearchIndexView(CandidateIndex index) {
        this.index = index;
        summary.setId("index-summary");
        problem.setId("index-problem");
        problem.addClassName("state-badge");
        problem.getElement().setAttribute("data-state", "REJECTED");
        progressText.setId("rebuild-progress");
        rebuild = new Button("Rebuild the index", VaadinIcon.REFRESH.create(), click -> {
            index.rebuildInBackground();
            click.getSource().getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
            show();
        });
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Search index"), new Paragraph("Candidate search, the board's filters and duplicate look-ups read this index. "
                + "It follows every change by itself; rebuild it after restoring a database backup, or when a problem shows below. "
                + "Searches keep working during a rebuild."), summary, problem, rebuild, progress, progressText);
        addAttachListener(this::attached);
    }

    private void attached(AttachEvent event) {
        event.getUI().addPollListener(poll -> show());
        if (index.status().rebuilding()) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
        show();
    }

    private void show() {
        IndexStatus status = index.status();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        summary.setText(numbers.format(status.documents()) + " candidates in the index"
                + (status.lastRebuildAt() == null ? "" : "; last rebuilt in " + status.lastRebuildTook().toMillis() / 1000.0 + " s"));
        problem.setText(status.lastProblem() == null ? "" : status.lastProblem());
        problem.setVisible(status.lastProblem() != null);
        progress.setVisible(status.rebuilding());
        progress.setValue(status.progress());
        progressText.setText(status.rebuilding() ? "Rebuilding: " + numbers.format(status.rebuilt()) + " of "
                + numbers.format(status.toRebuild()) + " candidates" : "");
        rebuild.setEnabled(!status.rebuilding());
        if (!status.rebuilding()) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
