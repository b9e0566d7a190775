package io.hirestage.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored setting of a provider. A secret's value is ciphertext; see {@link SecretCipher}. */
@Entity
@Table(name = "provider_setting")
@IdClass(ProviderSetting.Key.class)
class ProviderSetting {

    @Id
    @Column(name = "provider_id", length = 60)
    private String providerId;

    @Id
    @Column(name = "setting_key", length = 60)
    private String key;

    /** Long enough for a text file setting (pay bands as CSV); see SettingField.MAX_TEXT_FILE_LENGTH. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "setting_value", nullable = false, length = 1_000_000)
    private String value;

    @Column(nullable = false)
    private boolean secret;

    protected ProviderSetting() {
    }

    ProviderSetting(String providerId, String key, String value, boolean secret) {
        this.providerId = providerId;
        this.key = key;
        this.value = value;
        this.secret = secret;
    }

    String getKey() {
        return key;
    }

    String getValue() {
        return value;
    }

    boolean isSecret() {
        return secret;
    }

    void setValue(String value, boolean secret) {
        this.value = value;
        this.secret = secret;
    }

    /** The composite key: provider and setting. */
    static class Key implements Serializable {

        private String providerId;
        private String key;

        protected Key() {
        }

        Key(String providerId, String key) {
            this.providerId = providerId;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && providerId.equals(that.providerId) && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(providerId, key);
        }
    }
}
