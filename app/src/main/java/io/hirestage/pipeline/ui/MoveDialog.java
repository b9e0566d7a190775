package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningStage;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.BoardCard;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Move Ada Lovelace to…": the stages the person may move the candidate to, one button each, so a
 * card is moved with the keyboard as easily as by dragging it. A stage further on names the stages the
 * move skips, before the person chooses it.
 */
class MoveDialog extends Dialog {

    /** @param running the stages the opening runs, in order: a move past some of them says which */
    MoveDialog(BoardCard card, List<Stage> targets, List<OpeningStage> running, Consumer<Stage> move) {
        setHeaderTitle("Move " + card.candidateName() + " to…");
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        choices.setSpacing(false);
        if (targets.isEmpty()) {
            choices.add(new Paragraph("There is no stage your role may move this candidate to."));
        }
        for (Stage stage : targets) {
            String label = stage.displayName() + Applications.skipping(running, card.stage(), stage).map(skipped -> " (skips " + skipped + ")")
                    .orElse("");
            Button choice = new Button(label, click -> {
                close();
                move.accept(stage);
            });
            choice.setWidthFull();
            choice.getElement().setAttribute("data-stage", stage.name());
            choices.add(choice);
        }
        add(choices);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel);
    }
}
