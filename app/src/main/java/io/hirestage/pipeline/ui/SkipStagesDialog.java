package io.hirestage.pipeline.ui;

import io.hirestage.base.ConcurrentChangeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import io.hirestage.base.ui.Toasts;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Adjusts an opening's pipeline: which of the stages admins allow to skip this opening leaves out. */
class SkipStagesDialog extends Dialog {

    SkipStagesDialog(Openings openings, OpeningView opening, Runnable saved) {
        setHeaderTitle("Pipeline of " + opening.title());
        List<OpeningStage> pipeline = openings.pipeline(opening.id());
        CheckboxGroup<Stage> skipped = new CheckboxGroup<>("Stages this opening skips");
        skipped.setItems(pipeline.stream().filter(OpeningStage::skippable).map(OpeningStage::stage).toList());
        skipped.setItemLabelGenerator(Stage::displayName);
        Set<Stage> skippedNow = EnumSet.noneOf(Stage.class);
        pipeline.stream().filter(OpeningStage::skipped).map(OpeningStage::stage).forEach(skippedNow::add);
        skipped.setValue(skippedNow);
        skipped.setHelperText("Admins decide which stages of the job role may be skipped. Candidates already in a skipped stage stay "
                + "there until moved on.");
        add(skipped);
        Button save = new Button("Save", click -> {
            try {
                openings.skipStages(opening.id(), opening.version(), skipped.getValue());
                Toasts.done("Pipeline saved");
                close();
                saved.run();
            } catch (OpeningRejectedException | ConcurrentChangeException e) {
                Toasts.refused(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
