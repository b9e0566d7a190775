package io.hirestage.plugin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.plugin.api.SettingField;

/**
 * Makes a form field for each type of setting and reads it back as text: a provider's
 * settings form is made from its schema, so a plugin gets a form without UI code.
 */
final class SettingInputs {

    private SettingInputs() {
    }

    static HasValue<?, ?> create(SettingField field, String stored, boolean secretSet) {
        HasValue<?, ?> input = switch (field.type()) {
            case SECRET -> {
                PasswordField secret = new PasswordField(field.label());
                secret.setPlaceholder(secretSet ? "Set; type to replace" : "Not set");
                yield secret;
            }
            case NUMBER -> {
                IntegerField number = new IntegerField(field.label());
                String range = field.range().orElse("");
                // The same words the portal gives when it refuses the value on saving.
                number.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number")
                        .setMinErrorMessage(range).setMaxErrorMessage(range));
                // A limit beyond an int is left to the check on saving.
                if (field.min() != null && field.min() == field.min().intValue()) {
                    number.setMin(field.min().intValue());
                }
                if (field.max() != null && field.max() == field.max().intValue()) {
                    number.setMax(field.max().intValue());
                }
                number.setStepButtonsVisible(field.min() != null || field.max() != null);
                String shown = stored.isEmpty() ? field.defaultValue() : stored;
                if (shown != null && shown.matches("-?\\d{1,9}")) {
                    number.setValue(Integer.valueOf(shown));
                }
                yield number;
            }
            case BOOLEAN -> {
                Checkbox flag = new Checkbox(field.label());
                flag.setValue(Boolean.parseBoolean(stored.isEmpty() ? field.defaultValue() : stored));
                yield flag;
            }
            case CHOICE -> {
                Select<String> choice = new Select<>();
                choice.setLabel(field.label());
                choice.setItems(field.choices());
                String shown = stored.isEmpty() ? field.defaultValue() : stored;
                if (shown != null && field.choices().contains(shown)) {
                    choice.setValue(shown);
                }
                yield choice;
            }
            case TEXT_FILE -> new TextFileSettingField(field.label(), stored);
            case TEXT, URL -> {
                TextField text = new TextField(field.label());
                text.setValue(stored.isEmpty() && field.defaultValue() != null ? field.defaultValue() : stored);
                yield text;
            }
        };
        Component component = (Component) input;
        component.getElement().setAttribute("data-setting", field.key());
        if (field.help() != null && component instanceof HasHelper helper) {
            helper.setHelperText(field.help());
        }
        if (field.required() && input instanceof HasValue<?, ?> required) {
            required.setRequiredIndicatorVisible(true);
        }
        return input;
    }

    static String valueOf(HasValue<?, ?> field) {
        Object value = field.getValue();
        return value == null ? "" : value.toString();
    }
}
