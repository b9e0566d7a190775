package io.hirestage.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A view the signed-in person's role may not open, said plainly. Vaadin's own page for this says "not
 * found" in production, which sends people looking for a typo; the navigation already shows everyone
 * which views exist for their role, so saying "not allowed" gives nothing away.
 */
@AnonymousAllowed
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        Paragraph message = new Paragraph("This page is not open to your role. If you need it for your work, ask an admin.");
        message.setId("error-message");
        add(new H2("Not allowed"), message, new Anchor("", "Back to the start"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
