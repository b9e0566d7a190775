package io.hirestage.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a step that is final or hard to undo; nothing happens unless the person confirms. */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * @param question    "Hire Ada Lovelace?"
     * @param consequence what the step does, in a sentence
     * @param action      the confirming button's words, the step's own name ("Hire", "Remove")
     */
    public static ConfirmDialog ask(String question, String consequence, String action, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(question, consequence, action, event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.open();
        return dialog;
    }
}
