package io.hirestage.plugin.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting of a provider, as the portal's settings form shows it. Build one with a factory
 * method and refine it: {@code SettingField.secret("apiKey", "API key").asRequired().withHelp("From the vendor's console")}.
 *
 * @param key          stable name the value is stored under; letters and digits, starting with a letter
 * @param label        what the form calls it
 * @param type         what kind of value it holds
 * @param required     whether the provider cannot work without it
 * @param defaultValue the value used when the admin sets none, or {@code null}
 * @param help         a sentence under the field, or {@code null}
 * @param choices      the allowed values of a {@link SettingType#CHOICE}; empty for other types
 * @param min          the smallest value a {@link SettingType#NUMBER} may hold, or {@code null} for no limit (since 1.1)
 * @param max          the largest value a {@link SettingType#NUMBER} may hold, or {@code null} for no limit (since 1.1)
 */
public record SettingField(String key, String label, SettingType type, boolean required, String defaultValue,
                           String help, List<String> choices, Long min, Long max) {

    /** The most characters a {@link SettingType#TEXT_FILE} holds (since 1.1). */
    public static final int MAX_TEXT_FILE_LENGTH = 1_000_000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** Checks the field, so a malformed schema is caught when the plugin is loaded. */
    public SettingField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Setting key '" + key + "' must be letters and digits, starting with a letter");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Setting '" + key + "' needs a label");
        }
        choices = List.copyOf(choices);
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("Choice setting '" + key + "' needs at least one choice");
        }
        if (type == SettingType.SECRET && defaultValue != null) {
            throw new IllegalArgumentException("Secret setting '" + key + "' must not have a default value");
        }
        if ((min != null || max != null) && type != SettingType.NUMBER) {
            throw new IllegalArgumentException("Setting '" + key + "' is not a number, so it cannot have a smallest or largest value");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("Setting '" + key + "' has a smallest value (" + min + ") above its largest (" + max + ")");
        }
        if (type == SettingType.NUMBER && defaultValue != null && defaultValue.trim().matches("-?\\d{1,18}")
                && outside(Long.parseLong(defaultValue.trim()), min, max)) {
            throw new IllegalArgumentException("Setting '" + key + "' has a default value (" + defaultValue + ") outside its limits");
        }
    }

    /** A field as plugin API 1.0 made it, without limits; plugins built against 1.0 call this constructor. */
    public SettingField(String key, String label, SettingType type, boolean required, String defaultValue, String help,
                        List<String> choices) {
        this(key, label, type, required, defaultValue, help, choices, null, null);
    }

    /** A line of text. */
    public static SettingField text(String key, String label) {
        return new SettingField(key, label, SettingType.TEXT, false, null, null, List.of());
    }

    /** A secret: an API key, password or webhook signing secret. */
    public static SettingField secret(String key, String label) {
        return new SettingField(key, label, SettingType.SECRET, false, null, null, List.of());
    }

    /** An http or https URL, such as the vendor's API base URL. */
    public static SettingField url(String key, String label) {
        return new SettingField(key, label, SettingType.URL, false, null, null, List.of());
    }

    /** A whole number. */
    public static SettingField number(String key, String label) {
        return new SettingField(key, label, SettingType.NUMBER, false, null, null, List.of());
    }

    /** On or off. */
    public static SettingField bool(String key, String label) {
        return new SettingField(key, label, SettingType.BOOLEAN, false, null, null, List.of());
    }

    /** One of a fixed list of values. */
    public static SettingField choice(String key, String label, List<String> choices) {
        return new SettingField(key, label, SettingType.CHOICE, false, null, null, choices);
    }

    /** The content of a text file the admin uploads, such as a CSV table (since 1.1). */
    public static SettingField textFile(String key, String label) {
        return new SettingField(key, label, SettingType.TEXT_FILE, false, null, null, List.of());
    }

    /** The same field, required. */
    public SettingField asRequired() {
        return new SettingField(key, label, type, true, defaultValue, help, choices, min, max);
    }

    /** The same field with a default value. */
    public SettingField withDefault(String value) {
        return new SettingField(key, label, type, required, value, help, choices, min, max);
    }

    /** The same field with a help text. */
    public SettingField withHelp(String text) {
        return new SettingField(key, label, type, required, defaultValue, text, choices, min, max);
    }

    /** The same number field, holding only values from {@code smallest} to {@code largest}, both included (since 1.1). */
    public SettingField between(long smallest, long largest) {
        return new SettingField(key, label, type, required, defaultValue, help, choices, smallest, largest);
    }

    /** The same number field, holding only {@code smallest} or more (since 1.1). */
    public SettingField atLeast(long smallest) {
        return new SettingField(key, label, type, required, defaultValue, help, choices, smallest, max);
    }

    /**
     * What a number field accepts, in the words the form shows under a value outside it ("Enter a
     * number from 0 to 3600"); empty for a field without limits (since 1.1).
     */
    public Optional<String> range() {
        if (min != null && max != null) {
            return Optional.of("Enter a number from " + min + " to " + max);
        }
        if (min != null) {
            return Optional.of("Enter " + min + " or more");
        }
        return max == null ? Optional.empty() : Optional.of("Enter " + max + " or less");
    }

    /**
     * What is wrong with a value for this field, in words for the admin typing it; empty when it is
     * fine. A blank value is wrong only for a required field without a default. The portal checks
     * every value with this before storing it, and so does the plugin test kit.
     */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required && defaultValue == null ? Optional.of(label + " is required") : Optional.empty();
        }
        return switch (type) {
            case TEXT, SECRET -> Optional.empty();
            case TEXT_FILE -> value.length() > MAX_TEXT_FILE_LENGTH
                    ? Optional.of("The file is larger than " + MAX_TEXT_FILE_LENGTH / 1_000_000 + " million characters") : Optional.empty();
            case NUMBER -> !value.trim().matches("-?\\d{1,18}") ? Optional.of("Enter a whole number")
                    : outside(Long.parseLong(value.trim()), min, max) ? range() : Optional.empty();
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty() : Optional.of("Enter true or false");
            case CHOICE -> choices.contains(value) ? Optional.empty() : Optional.of("Choose one of " + String.join(", ", choices));
            case URL -> isHttpUrl(value.trim()) ? Optional.empty() : Optional.of("Enter an http or https address, such as https://api.example.com");
        };
    }

    private static boolean outside(long value, Long min, Long max) {
        return (min != null && value < min) || (max != null && value > max);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
