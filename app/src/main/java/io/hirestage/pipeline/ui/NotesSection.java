package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.base.ui.Confirmation;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.pipeline.ActivityEntry;
import io.hirestage.pipeline.ActivityKind;
import io.hirestage.pipeline.ApplicationRejectedException;
import io.hirestage.security.User;
import java.util.function.Supplier;

/**
 * The notes and history of one application. A note can mention a colleague, picked by name under
 * "Mention" (which writes their @user name into the note); the author of a note may edit or delete it.
 * The section lives as long as its panel, so a note being written survives the panel's refreshes.
 */
class NotesSection extends VerticalLayout {

    static final int MAX_NOTE = 2000;

    private final PipelineServices services;
    private final long applicationId;
    private final Runnable changed;
    private final TextArea note = new TextArea();
    private final ComboBox<User> mention = new ComboBox<>();
    private final UnorderedList entries = new UnorderedList();

    /** @param changed run after a note was added, edited or deleted */
    NotesSection(PipelineServices services, long applicationId, Runnable changed) {
        this.services = services;
        this.applicationId = applicationId;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        setWidthFull();

        note.setPlaceholder("Add a note for the team");
        note.setMaxLength(MAX_NOTE);
        note.setWidth("28rem");
        note.setMaxWidth("100%");
        note.setId("note");
        note.setHelperText("Type @ and a colleague's user name, or pick them under Mention, and they find it in their inbox");

        mention.setPlaceholder("Mention…");
        mention.setAriaLabel("Mention a colleague");
        mention.setItemLabelGenerator(user -> user.fullName() + " (@" + user.username() + ")");
        mention.setId("mention");
        mention.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                String text = note.getValue() == null ? "" : note.getValue();
                note.setValue(text + (text.isEmpty() || text.endsWith(" ") ? "" : " ") + "@" + event.getValue().username() + " ");
                mention.clear();
                note.focus();
            }
        });

        Button add = new Button("Add note", click -> {
            if (act(() -> services.notes().add(applicationId, note.getValue()), "Note added")) {
                note.clear();
            }
        });
        add.setId("add-note");
        HorizontalLayout write = new HorizontalLayout(note, mention, add);
        write.setAlignItems(FlexComponent.Alignment.BASELINE);
        write.setWrap(true);
        write.setWidthFull();

        entries.addClassName("history");
        add(write, new H4("History"), entries);
    }

    /** Shows the history as it is now. */
    void refresh(long candidateId) {
        mention.setItems(services.notes().mentionable(applicationId));
        entries.removeAll();
        services.applications().timeline(candidateId).stream().filter(entry -> entry.applicationId().equals(applicationId))
                .forEach(entry -> entries.add(line(entry)));
    }

    private ListItem line(ActivityEntry entry) {
        ListItem line = new ListItem(new Span(describe(entry)));
        line.getElement().setAttribute("data-kind", entry.kind().name());
        if (entry.yours()) {
            Button edit = new Button("Edit", click -> edit(entry));
            Button delete = new Button("Delete", click -> Confirmation.ask("Delete your note?",
                    "The team no longer sees its text; the history keeps that you deleted a note.", "Delete",
                    () -> act(() -> {
                        services.notes().delete(entry.id());
                        return null;
                    }, "Note deleted")));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            edit.addClassName("edit-note");
            delete.addClassName("delete-note");
            line.add(new Span(" "), edit, new Span(" "), delete);
        }
        return line;
    }

    private void edit(ActivityEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit your note");
        TextArea text = new TextArea();
        text.setValue(entry.detail());
        text.setMaxLength(MAX_NOTE);
        text.setWidth("28rem");
        text.setMaxWidth("100%");
        text.setHelperText("The history keeps the earlier text; colleagues you newly mention are told");
        dialog.add(text);
        Button save = new Button("Save note", click -> {
            if (act(() -> {
                services.notes().edit(entry.id(), text.getValue());
                return null;
            }, "Note saved")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-note");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    /** A history line: "29 Nov 2026, 13:05 · Riley Recruiter · Moved from Sourcing to Resume screening". */
    static String describe(ActivityEntry entry) {
        String line = UserTime.dateTime(entry.at()) + " · " + entry.actorName() + " · ";
        if (entry.kind() == ActivityKind.NOTE_DELETED) {
            return line + "Note deleted by its author on " + UserTime.dateTime(entry.revisedAt());
        }
        return line + entry.summary() + (entry.edited() ? " (edited " + UserTime.dateTime(entry.revisedAt()) + ")" : "");
    }

    private boolean act(Supplier<?> change, String done) {
        try {
            change.get();
            Toasts.done(done);
            changed.run();
            return true;
        } catch (ApplicationRejectedException | OpeningRejectedException | ConcurrentChangeException e) {
            Toasts.refused(e.getMessage());
            return false;
        }
    }
}
