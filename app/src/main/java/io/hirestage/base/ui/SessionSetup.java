package io.hirestage.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** What every session and UI gets: the portal's error handler, and the person's time zone. */
@Component
class SessionSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(init -> UserTime.learnFrom(init.getUI()));
    }
}
