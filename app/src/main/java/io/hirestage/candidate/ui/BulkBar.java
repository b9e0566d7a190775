package io.hirestage.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.CandidateRejectedException;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.OpeningEnrolment;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import java.util.List;

/** What a recruiter does with the candidates ticked in the list: add them to an opening, tag them. Shown while some are ticked. */
class BulkBar extends HorizontalLayout {

    private final Grid<CandidateSummary> grid;
    private final Runnable changed;
    private final Span selected = new Span();

    BulkBar(Candidates candidates, Openings openings, OpeningEnrolment enrolment, Grid<CandidateSummary> grid, Runnable changed) {
        this.grid = grid;
        this.changed = changed;
        setId("bulk-actions");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        selected.setId("selected-count");

        ComboBox<OpeningView> opening = new ComboBox<>();
        opening.setPlaceholder("Opening");
        opening.setAriaLabel("Opening to add them to");
        opening.setItems(openings.visibleToMe().stream()
                .filter(o -> o.status() != OpeningStatus.FILLED && o.status() != OpeningStatus.CLOSED).toList());
        opening.setItemLabelGenerator(OpeningView::title);
        opening.setId("bulk-opening");
        Button addToOpening = new Button("Add to opening", click -> {
            if (opening.getValue() == null) {
                Toasts.refused("Choose the opening to add them to");
                return;
            }
            Toasts.done(enrolment.addAll(ids(), opening.getValue().id()));
            done();
        });
        addToOpening.setId("bulk-add-to-opening");
        addToOpening.setVisible(enrolment != null);
        opening.setVisible(enrolment != null);

        TextField tag = new TextField();
        tag.setPlaceholder("Tag");
        tag.setAriaLabel("Tag to add");
        tag.setWidth("8rem");
        tag.setId("bulk-tag");
        Button addTag = new Button("Add tag", click -> {
            try {
                int tagged = candidates.addTag(ids(), tag.getValue());
                Toasts.done("Tagged " + tagged + (tagged == 1 ? " candidate " : " candidates ") + tag.getValue().trim().toLowerCase());
                tag.clear();
                done();
            } catch (CandidateRejectedException e) {
                Toasts.refused(e.getMessage());
            }
        });
        addTag.setId("bulk-add-tag");

        add(selected, opening, addToOpening, tag, addTag);
        setVisible(false);
        grid.addSelectionListener(event -> {
            int count = event.getAllSelectedItems().size();
            selected.setText(count == 1 ? "1 selected:" : count + " selected:");
            setVisible(count > 0);
        });
    }

    private List<Long> ids() {
        return grid.getSelectedItems().stream().map(CandidateSummary::id).toList();
    }

    private void done() {
        grid.deselectAll();
        changed.run();
    }
}
