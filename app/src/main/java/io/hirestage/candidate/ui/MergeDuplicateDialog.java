package io.hirestage.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.hirestage.candidate.CandidateMerge;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.CandidateRejectedException;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/**
 * Finds another record of the same person (the lookalikes by phone or name first, or a search) and
 * merges it into the candidate being looked at.
 */
class MergeDuplicateDialog extends Dialog {

    MergeDuplicateDialog(CandidateSummary kept, Candidates candidates, CandidateSearch search, CandidateMerge merge,
                         Consumer<CandidateSummary> merged) {
        setHeaderTitle("Merge a duplicate into " + kept.fullName());
        setWidth("48rem");
        Grid<CandidateSummary> grid = new Grid<>(CandidateSummary.class, false);
        grid.setId("merge-candidates");
        grid.addColumn(CandidateSummary::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(CandidateSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(CandidateSummary::phone).setHeader("Phone").setAutoWidth(true);
        grid.addComponentColumn(duplicate -> {
            Button review = new Button("Merge into " + kept.fullName() + "…", click -> {
                try {
                    new MergePreviewDialog(merge.preview(kept.id(), duplicate.id()), () -> {
                        try {
                            merged.accept(merge.merge(kept.id(), duplicate.id()));
                            Toasts.done(duplicate.fullName() + " (" + duplicate.email() + ") merged; their applications and history are here now");
                            close();
                        } catch (CandidateRejectedException e) {
                            Toasts.refused(e.getMessage());
                        }
                    }).open();
                } catch (CandidateRejectedException e) {
                    Toasts.refused(e.getMessage());
                }
            });
            review.addThemeVariants(ButtonVariant.LUMO_SMALL);
            review.addClassName("review-merge");
            return review;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        List<CandidateSummary> lookalikes = candidates.lookalikesOf(kept.id());
        grid.setItems(lookalikes);
        TextField find = new TextField();
        find.setPlaceholder("Find another record by name or email");
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.setWidthFull();
        find.addValueChangeListener(event -> grid.setItems(event.getValue().isBlank() ? lookalikes
                : search.page(CandidateQuery.text(event.getValue()), PageRequest.of(0, 10)).stream()
                .filter(other -> !other.id().equals(kept.id())).toList()));
        add(new Paragraph(lookalikes.isEmpty() ? "No record shares this phone number or name. Search for the other record."
                        : "Records with the same phone number or name:"), find, grid,
                new Paragraph("The record merged in is removed. Its applications, history and resume (if newer) move here; "
                        + "its phone, location and links fill the gaps of this record; its email address is kept beside this one. "
                        + "You see all of it before anything is merged."));
        getFooter().add(new Button("Cancel", click -> close()));
    }
}
