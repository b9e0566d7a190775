package io.hirestage.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.MergePreview;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Shows what a merge will do before it is done: each detail of the two records and of the one that
 * stays, and what else comes over; the merge happens only on "Merge".
 */
class MergePreviewDialog extends Dialog {

    MergePreviewDialog(MergePreview preview, Runnable confirmed) {
        setHeaderTitle("Merge " + preview.duplicate().fullName() + " into " + preview.kept().fullName() + "?");
        setWidth("56rem");
        setMaxWidth("100%");

        Grid<Detail> details = new Grid<>(Detail.class, false);
        details.setId("merge-details");
        details.addColumn(Detail::field).setHeader("").setAutoWidth(true).setFlexGrow(0);
        details.addColumn(Detail::kept).setHeader("This record");
        details.addColumn(Detail::duplicate).setHeader("Merged in, then removed");
        details.addColumn(Detail::after).setHeader("After the merge");
        details.setPartNameGenerator(detail -> Objects.equals(detail.kept(), detail.after()) ? null : "changes");
        details.setItems(details(preview));
        details.setAllRowsVisible(true);

        UnorderedList moves = new UnorderedList();
        moves.setId("merge-moves");
        preview.moves().forEach(move -> moves.add(new ListItem(move)));
        if (preview.moves().isEmpty()) {
            moves.add(new ListItem("Nothing else: they are in no opening and have no resume or consent records"));
        }

        add(details, new H4("Also comes over"), moves,
                new Paragraph("Who opened either record stays on record. The merge cannot be undone."));
        Button merge = new Button("Merge", click -> {
            close();
            confirmed.run();
        });
        merge.setId("confirm-merge");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Back", click -> close());
        getFooter().add(back, merge);
    }

    private static List<Detail> details(MergePreview preview) {
        return List.of(
                detail("Name", preview, CandidateSummary::fullName),
                detail("Email", preview, CandidateSummary::email),
                detail("Other email addresses", preview, candidate -> String.join(", ", candidate.otherEmails())),
                detail("Phone", preview, CandidateSummary::phone),
                detail("Location", preview, CandidateSummary::location),
                detail("LinkedIn", preview, CandidateSummary::linkedinUrl),
                detail("GitHub", preview, CandidateSummary::githubUrl),
                detail("Portfolio", preview, CandidateSummary::portfolioUrl),
                detail("Source", preview, CandidateSummary::source),
                detail("Tags", preview, candidate -> String.join(", ", candidate.tags())),
                detail("Talent pool consent", preview, candidate -> candidate.talentPoolConsent() ? "yes" : "no"));
    }

    private static Detail detail(String field, MergePreview preview, Function<CandidateSummary, String> value) {
        return new Detail(field, shown(value.apply(preview.kept())), shown(value.apply(preview.duplicate())),
                shown(value.apply(preview.after())));
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** One detail of the three records, side by side. */
    record Detail(String field, String kept, String duplicate, String after) {
    }
}
