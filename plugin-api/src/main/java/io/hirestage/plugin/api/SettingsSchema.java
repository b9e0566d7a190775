package io.hirestage.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The settings a provider needs, in the order the form shows them.
 *
 * @param fields the settings; keys are unique
 */
public record SettingsSchema(List<SettingField> fields) {

    /** Copies the list and checks that keys are unique. */
    public SettingsSchema {
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (SettingField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("Setting key '" + field.key() + "' appears twice");
            }
        }
    }

    /** A schema of these fields. */
    public static SettingsSchema of(SettingField... fields) {
        return new SettingsSchema(List.of(fields));
    }

    /** No settings. */
    public static SettingsSchema empty() {
        return new SettingsSchema(List.of());
    }

    /** The field with this key, if any. */
    public Optional<SettingField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }
}
