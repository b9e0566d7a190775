package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import io.hirestage.pipeline.ApplicationRejectedException;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.VendorSteps;
import io.hirestage.base.ui.Toasts;
import io.hirestage.plugin.api.AssessmentTest;
import java.util.regex.Pattern;

/** Chooses one of the provider's tests and sends the candidate the invitation. The tests are asked in the background. */
class SendAssessmentDialog extends Dialog {

    /** A length in a test's name: "60 min", "90 minutes", "2 h". */
    private static final Pattern NAMES_A_LENGTH = Pattern.compile("(?i)\\b\\d+\\s*(min|mins|minutes?|h|hrs?|hours?)\\b");

    private final VendorSteps vendorSteps;
    private final ApplicationView application;
    private final Select<AssessmentTest> test = new Select<>();
    private final Button send;

    SendAssessmentDialog(VendorSteps vendorSteps, ApplicationView application, Runnable sent) {
        this.vendorSteps = vendorSteps;
        this.application = application;
        setHeaderTitle("Send " + application.candidateName() + " a skills assessment");
        test.setLabel("Test");
        test.setPlaceholder("Asking the vendor for its tests…");
        test.setItemLabelGenerator(SendAssessmentDialog::label);
        test.setWidth("32rem");
        test.setId("assessment-test");
        test.setEnabled(false);
        add(test);
        send = new Button("Send invitation", click -> {
            if (test.getValue() == null) {
                test.setInvalid(true);
                test.setErrorMessage("Choose a test");
                return;
            }
            try {
                vendorSteps.sendAssessment(application.id(), test.getValue());
                Toasts.done(test.getValue().name() + " is on its way to " + application.candidateName());
                close();
                sent.run();
            } catch (ApplicationRejectedException e) {
                Toasts.refused(e.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("confirm-send");
        send.setEnabled(false);
        getFooter().add(new Button("Cancel", click -> close()), send);
    }

    /**
     * "Backend fundamentals (40 min: API design, …)"; a vendor whose test names carry their length
     * already ("Java, 60 minutes") is not repeated.
     */
    static String label(AssessmentTest test) {
        String competencies = String.join(", ", test.competencies());
        return NAMES_A_LENGTH.matcher(test.name()).find() ? test.name() + " (" + competencies + ")"
                : test.name() + " (" + test.duration().toMinutes() + " min: " + competencies + ")";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        try {
            vendorSteps.testsFor(application.id()).whenComplete((tests, failure) -> ui.access(() -> {
                if (failure != null) {
                    test.setPlaceholder("The vendor did not answer");
                    test.setInvalid(true);
                    test.setErrorMessage("Could not list the tests: " + (failure.getCause() != null ? failure.getCause() : failure).getMessage());
                    return;
                }
                test.setItems(tests);
                test.setPlaceholder("Choose a test");
                test.setEnabled(true);
                send.setEnabled(true);
                if (tests.size() == 1) {
                    test.setValue(tests.getFirst());
                }
            }));
        } catch (ApplicationRejectedException e) {
            test.setPlaceholder(e.getMessage());
        }
    }
}
