package io.hirestage.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A value to pass on (a link, a URL): read-only, selectable, with a Copy button that puts it on the clipboard. */
public class CopyableText extends HorizontalLayout {

    private final TextField field;
    private final Button copy;

    /** @param what what the toast says was copied ("Webhook URL") */
    public CopyableText(String label, String value, String what) {
        field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidth("40rem");
        field.setMaxWidth("100%");
        copy = new Button("Copy", VaadinIcon.COPY.create(), click -> {
            click.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", value));
            Toasts.done(what + " copied");
        });
        copy.setAriaLabel("Copy the " + what.toLowerCase());
        add(field, copy);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** Ids the field {@code id} and its button {@code copy-id}. */
    public CopyableText withId(String id) {
        field.setId(id);
        copy.setId("copy-" + id);
        return this;
    }

    /** The field, for its helper text. */
    public TextField field() {
        return field;
    }
}
