package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.ProviderException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON object the vendor sent (an answer or a webhook body), read field by field. A field that
 * is missing or not what the protocol documents is a non-retryable {@link ProviderException} that
 * names the field, since asking again would get the same answer.
 *
 * @param fields what the vendor sent
 * @param what   how messages name it, for example "The vendor's answer to GET participants/p-1"
 */
record VendorAnswer(Map<?, ?> fields, String what) {

    /** A string field that must be there and not blank. */
    String text(String field) {
        return optionalText(field).orElseThrow(() -> wrong(what + " has no " + field));
    }

    /** A string field that may be missing or null; a blank one counts as missing. */
    Optional<String> optionalText(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        if (value instanceof Number number) {
            return Optional.of(number.toString()); // some vendors send numeric ids
        }
        throw wrong(what + ": " + field + " is not text");
    }

    /** An absolute http or https address. */
    URI webAddress(String field) {
        String text = text(field);
        try {
            URI uri = new URI(text.strip());
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw wrong(what + ": " + field + " is not a web address");
    }

    /** A point in time: ISO-8601 text with an offset ("2026-01-08T17:00:00Z"), or Unix seconds as a number. */
    Instant instant(String field) {
        Object value = fields.get(field);
        if (value == null) {
            throw wrong(what + " has no " + field);
        }
        try {
            if (value instanceof Number seconds) {
                return Instant.ofEpochSecond(new BigDecimal(seconds.toString()).longValueExact());
            }
            if (value instanceof String text) {
                return OffsetDateTime.parse(text.strip()).toInstant();
            }
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
            // said below
        }
        throw wrong(what + ": " + field + " is not a time (ISO-8601 with an offset, or Unix seconds)");
    }

    /** A nested object that must be there. */
    VendorAnswer object(String field, String nestedWhat) {
        if (fields.get(field) instanceof Map<?, ?> nested) {
            return new VendorAnswer(nested, nestedWhat);
        }
        throw wrong(what + " has no " + field + " object");
    }

    /** A list field; missing or null is an empty list. */
    List<?> list(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw wrong(what + ": " + field + " is not a list");
    }

    /** The raw value of a field, or null. */
    Object value(String field) {
        return fields.get(field);
    }

    /** Thrown for an entry of a list field that is not an object. */
    VendorAnswer wrongEntry(String field) {
        throw wrong(what + ": an entry in " + field + " is not an object");
    }

    ProviderException wrong(String message) {
        return new ProviderException(message, false);
    }
}
