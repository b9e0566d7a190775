package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderSettings;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingType;
import io.hirestage.plugin.api.SettingsSchema;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores provider settings, checked against the provider's schema; secret values are encrypted and
 * are never handed out again except to the provider itself.
 */
@Component
class ProviderSettingsStore {

    private final ProviderSettingRepository settings;
    private final SecretCipher cipher;

    ProviderSettingsStore(ProviderSettingRepository settings, SecretCipher cipher) {
        this.settings = settings;
        this.cipher = cipher;
    }

    /** What the provider is configured with: stored values, decrypted, and defaults for the rest. */
    @Transactional(readOnly = true)
    ProviderSettings effectiveSettings(String providerId, SettingsSchema schema) {
        Map<String, String> values = new HashMap<>();
        for (SettingField field : schema.fields()) {
            if (field.defaultValue() != null) {
                values.put(field.key(), field.defaultValue());
            }
        }
        for (ProviderSetting stored : settings.findByProviderId(providerId)) {
            values.put(stored.getKey(), stored.isSecret() ? cipher.decrypt(stored.getValue()) : stored.getValue());
        }
        return ProviderSettings.of(values);
    }

    /** The stored values an admin may see again: every setting but the secrets. */
    @Transactional(readOnly = true)
    Map<String, String> visibleValues(String providerId) {
        return settings.findByProviderId(providerId).stream().filter(setting -> !setting.isSecret())
                .collect(Collectors.toMap(ProviderSetting::getKey, ProviderSetting::getValue));
    }

    /** Which secrets have a stored value, so the form can say "set" without showing it. */
    @Transactional(readOnly = true)
    Set<String> secretsSet(String providerId) {
        return settings.findByProviderId(providerId).stream().filter(ProviderSetting::isSecret)
                .map(ProviderSetting::getKey).collect(Collectors.toSet());
    }

    /**
     * Checks and stores the values an admin entered. A blank secret keeps the stored one; any other
     * blank value removes the setting (its default applies).
     *
     * @return the labels of the settings whose value changed, for the audit trail (never the values)
     * @throws InvalidSettingsException when a value does not fit its field; nothing is stored then
     */
    @Transactional
    Set<String> save(String providerId, SettingsSchema schema, Map<String, String> entered) {
        Map<String, ProviderSetting> stored = settings.findByProviderId(providerId).stream()
                .collect(Collectors.toMap(ProviderSetting::getKey, setting -> setting));
        Map<String, String> problems = new LinkedHashMap<>();
        entered.keySet().stream().filter(key -> schema.field(key).isEmpty())
                .forEach(key -> problems.put(key, "The provider has no setting '" + key + "'"));
        for (SettingField field : schema.fields()) {
            String value = entered.get(field.key());
            boolean keepsStoredSecret = field.type() == SettingType.SECRET && isBlank(value) && stored.containsKey(field.key());
            if (!keepsStoredSecret) {
                field.problemWith(value).ifPresent(problem -> problems.put(field.key(), problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems,
                    schema.fields().stream().collect(Collectors.toMap(SettingField::key, SettingField::label)));
        }
        Set<String> changed = new TreeSet<>();
        for (SettingField field : schema.fields()) {
            String value = entered.get(field.key());
            boolean secret = field.type() == SettingType.SECRET;
            ProviderSetting existing = stored.get(field.key());
            if (isBlank(value)) {
                if (!secret && existing != null) {
                    settings.delete(existing);
                    changed.add(field.label());
                }
            } else if (existing == null) {
                settings.save(new ProviderSetting(providerId, field.key(), secret ? cipher.encrypt(value.trim()) : value.trim(), secret));
                changed.add(field.label());
            } else if (secret || !existing.getValue().equals(value.trim())) {
                existing.setValue(secret ? cipher.encrypt(value.trim()) : value.trim(), secret);
                changed.add(field.label());
            }
        }
        return changed;
    }

    /** The stored rows as they are (secrets still encrypted), to put back if the provider refuses what replaces them. */
    @Transactional(readOnly = true)
    List<ProviderSetting> stored(String providerId) {
        return settings.findByProviderId(providerId).stream()
                .map(setting -> new ProviderSetting(providerId, setting.getKey(), setting.getValue(), setting.isSecret())).toList();
    }

    /** Puts back what {@link #stored} returned. */
    @Transactional
    void restore(String providerId, List<ProviderSetting> rows) {
        settings.deleteAllOf(providerId);
        settings.saveAll(rows);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
