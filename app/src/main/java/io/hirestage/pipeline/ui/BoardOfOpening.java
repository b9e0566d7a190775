package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import io.hirestage.opening.ui.OpeningDestination;
import org.springframework.stereotype.Component;

/** An opening clicked in the openings list opens its pipeline board. */
@Component
class BoardOfOpening implements OpeningDestination {

    @Override
    public void open(UI ui, long openingId) {
        ui.navigate(PipelineBoardView.class, new RouteParameters(PipelineBoardView.OPENING_ID, String.valueOf(openingId)));
    }
}
