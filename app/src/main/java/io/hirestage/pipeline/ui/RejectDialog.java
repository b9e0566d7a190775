package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import io.hirestage.pipeline.RejectReasons;
import java.util.function.Consumer;

/** Asks for the reason of a rejection (one candidate or several): a common one, or the recruiter's own words. */
class RejectDialog extends Dialog {

    RejectDialog(String what, Consumer<String> reject) {
        setHeaderTitle("Reject " + what);
        ComboBox<String> reason = new ComboBox<>("Reason");
        reason.setItems(RejectReasons.COMMON);
        reason.setAllowCustomValue(true);
        reason.addCustomValueSetListener(event -> reason.setValue(event.getDetail()));
        reason.setHelperText("Kept in the history and shown to the team");
        reason.setWidth("28rem");
        reason.setId("reject-reason");
        add(reason);
        Button confirm = new Button("Reject", click -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give the reason");
                return;
            }
            reject.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-reject");
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
