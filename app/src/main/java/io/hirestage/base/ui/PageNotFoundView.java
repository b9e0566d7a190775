package io.hirestage.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address no view answers: said plainly, without Vaadin's list of routes. */
@AnonymousAllowed
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        super("Page not found", "Page not found: there is nothing at this address. Check the link or go back to the start.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
