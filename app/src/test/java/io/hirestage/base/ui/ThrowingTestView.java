package io.hirestage.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.hirestage.candidate.CandidateRejectedException;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** Test only: buttons that fail the ways a real view can. */
@Route("test-only/throwing")
@PermitAll
public class ThrowingTestView extends VerticalLayout {

    public ThrowingTestView() {
        Button broken = new Button("Broken", click -> {
            throw new IllegalStateException("internal detail the user must not see");
        });
        broken.setId("broken");
        Button refused = new Button("Refused", click -> {
            throw new CandidateRejectedException("This candidate is already in the pipeline");
        });
        refused.setId("refused");
        Button denied = new Button("Denied", click -> {
            throw new AccessDeniedException("Access Denied");
        });
        denied.setId("denied");
        add(broken, refused, denied);
    }
}
