package io.hirestage.opening.ui;

import com.vaadin.flow.component.UI;

/**
 * Where a person goes when they click an opening in the list: its board. A feature built on
 * openings provides it as a bean, so this feature needs not know that feature's views.
 */
public interface OpeningDestination {

    void open(UI ui, long openingId);
}
