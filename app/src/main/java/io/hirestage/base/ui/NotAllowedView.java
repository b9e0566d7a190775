package io.hirestage.base.ui;

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
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        super("Not allowed", "This page is not open to your role. If you need it for your work, ask an admin.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
