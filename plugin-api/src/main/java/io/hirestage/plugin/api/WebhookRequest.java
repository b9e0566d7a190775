package io.hirestage.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A webhook call as the vendor sent it, for {@link WebhookReceiver#receive}.
 *
 * @param headers the HTTP headers; look them up with {@link #header(String)}, which ignores case
 * @param body    the raw body, exactly as received, so signatures over it can be checked
 */
public record WebhookRequest(Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers with case-insensitive names. */
    public WebhookRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = copy;
        body = body.clone();
    }

    /** The first value of a header, ignoring the case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The raw body; a copy, so the caller may not change the request. */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
