package io.hirestage.plugin.api;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a provider is, as admins see it in the portal.
 *
 * @param id               stable identifier, lower case letters, digits and dashes (for example
 *                         {@code "acme-assessments"}); never change it once released, settings and
 *                         history are stored under it
 * @param name             display name, for example "Acme Assessments"
 * @param vendor           the company behind the service
 * @param description      one or two sentences for the admin console
 * @param documentationUrl where an admin reads how to set the provider up; may be {@code null}
 */
public record ProviderDescriptor(String id, String name, String vendor, String description, URI documentationUrl) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks the fields, so a malformed descriptor is caught when the plugin is loaded. */
    public ProviderDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Provider id '" + id + "' must be lower case letters, digits and dashes");
        }
        requireText(name, "name");
        requireText(vendor, "vendor");
        requireText(description, "description");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Provider " + field + " must not be blank");
        }
    }
}
