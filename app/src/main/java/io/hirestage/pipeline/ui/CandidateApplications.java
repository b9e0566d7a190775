package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.hirestage.base.ui.Toasts;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationRejectedException;
import io.hirestage.pipeline.ApplicationView;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** On a candidate's profile: each opening they are in with its panel, a way to add them to another, and their activity in all. */
class CandidateApplications extends VerticalLayout {

    private final PipelineServices pipeline;
    private final long candidateId;

    CandidateApplications(PipelineServices pipeline, long candidateId) {
        this.pipeline = pipeline;
        this.candidateId = candidateId;
        setId("applications");
        setPadding(false);
        setWidthFull();
        showApplications();
    }

    /** Each opening the candidate is in, with its panel, and a way to add them to another. */
    private void showApplications() {
        removeAll();
        List<ApplicationView> applications = pipeline.applications().forCandidate(candidateId);
        Set<Long> inOpenings = applications.stream().map(ApplicationView::openingId).collect(Collectors.toSet());
        ComboBox<OpeningView> opening = new ComboBox<>();
        opening.setPlaceholder("Add to an opening…");
        opening.setItems(pipeline.openings().visibleToMe().stream().filter(o -> !inOpenings.contains(o.id()))
                .filter(o -> o.status() != OpeningStatus.FILLED && o.status() != OpeningStatus.CLOSED).toList());
        opening.setItemLabelGenerator(OpeningView::title);
        opening.setWidth("24rem");
        opening.setMaxWidth("100%");
        opening.setId("add-to-opening");
        Button add = new Button("Add", click -> {
            if (opening.getValue() == null) {
                return;
            }
            try {
                pipeline.applications().add(candidateId, opening.getValue().id());
                Toasts.done("Added to " + opening.getValue().title());
            } catch (ApplicationRejectedException e) {
                Toasts.refused(e.getMessage());
            }
            showApplications();
        });
        add.setId("add-application");
        HorizontalLayout adding = new HorizontalLayout(opening, add);
        adding.setWrap(true);
        adding.setWidthFull();
        add(adding);
        for (ApplicationView application : applications) {
            Details details = new Details(application.openingTitle() + " · " + application.stage().displayName() + " · "
                    + application.status().displayName(), new ApplicationPanel(pipeline, application.id(), () -> { }));
            details.setOpened(applications.size() == 1);
            details.setWidthFull();
            add(details);
        }
        if (!applications.isEmpty()) {
            UnorderedList timeline = new UnorderedList();
            timeline.setId("timeline");
            pipeline.applications().timeline(candidateId).forEach(entry -> timeline.add(new ListItem(entry.openingTitle() + " · "
                    + NotesSection.describe(entry))));
            add(new Details("Activity in all openings", timeline));
        }
    }

}
