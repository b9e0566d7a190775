package io.hirestage.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test only: a view that fails while opening. */
@Route("test-only/broken-on-enter")
@PermitAll
public class BrokenOnEnterTestView extends VerticalLayout implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("internal detail the user must not see");
    }
}
