package io.hirestage.plugin.api;

/** The kinds of setting a provider can ask an admin for; the portal renders a matching field. */
public enum SettingType {
    /** A line of text. */
    TEXT,
    /** A password, API key or signing secret: stored encrypted, never shown again, never logged. */
    SECRET,
    /** An absolute http or https URL. */
    URL,
    /** A whole number. */
    NUMBER,
    /** On or off. */
    BOOLEAN,
    /** One of {@link SettingField#choices()}. */
    CHOICE,
    /**
     * The content of a text file the admin uploads, such as a CSV table; at most
     * {@value SettingField#MAX_TEXT_FILE_LENGTH} characters, line breaks kept. Since 1.1.
     */
    TEXT_FILE
}
