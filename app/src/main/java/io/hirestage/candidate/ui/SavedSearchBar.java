package io.hirestage.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateRejectedException;
import io.hirestage.candidate.SavedSearch;
import io.hirestage.candidate.SavedSearches;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A recruiter's own saved searches: pick one to run it, save what is on screen under a name, delete one. */
class SavedSearchBar extends HorizontalLayout {

    private final SavedSearches searches;
    private final ComboBox<SavedSearch> saved = new ComboBox<>();

    SavedSearchBar(SavedSearches searches, Supplier<CandidateQuery> current, Consumer<CandidateQuery> run) {
        this.searches = searches;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        saved.setPlaceholder("Saved searches");
        saved.setAriaLabel("Saved searches");
        saved.setItemLabelGenerator(SavedSearch::name);
        saved.setId("saved-searches");
        saved.setClearButtonVisible(true);
        Button delete = new Button("Delete", click -> {
            searches.delete(saved.getValue().id());
            Toasts.done("Deleted the saved search " + saved.getValue().name());
            reload();
        });
        delete.setId("delete-saved-search");
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(false);
        saved.addValueChangeListener(event -> {
            delete.setVisible(event.getValue() != null);
            if (event.getValue() != null && event.isFromClient()) {
                run.accept(event.getValue().query());
            }
        });
        Button save = new Button("Save search…", click -> askName(current.get()));
        save.setId("save-search");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(saved, delete, save);
        reload();
    }

    private void askName(CandidateQuery query) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save this search");
        TextField name = new TextField("Name");
        name.setPlaceholder("Java developers in Berlin");
        name.setHelperText("Only you see it; a name you used already is replaced");
        name.setId("saved-search-name");
        if (saved.getValue() != null) {
            name.setValue(saved.getValue().name());
        }
        Button ok = new Button("Save", click -> {
            try {
                SavedSearch stored = searches.save(name.getValue(), query);
                reload();
                saved.setValue(stored);
                Toasts.done("Saved the search " + stored.name());
                dialog.close();
            } catch (CandidateRejectedException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
        });
        ok.setId("confirm-save-search");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void reload() {
        saved.setItems(searches.mine());
    }
}
