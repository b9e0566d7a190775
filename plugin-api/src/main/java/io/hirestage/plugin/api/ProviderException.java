package io.hirestage.plugin.api;

/**
 * The one exception a provider throws. Its message is shown to portal users as it is, so write it
 * for an HR person ("The vendor rejected the API key"), not for a developer.
 */
public class ProviderException extends RuntimeException {

    private final boolean retryable;

    /**
     * @param userMessage what went wrong, in words a portal user understands
     * @param retryable   {@code true} when the same call may succeed later (time-out, rate limit,
     *                    vendor outage); {@code false} when it never will (bad settings, unknown id)
     * @param cause       the underlying error, logged by the portal; may be {@code null}
     */
    public ProviderException(String userMessage, boolean retryable, Throwable cause) {
        super(userMessage, cause);
        this.retryable = retryable;
    }

    /** Same as {@link #ProviderException(String, boolean, Throwable)} without a cause. */
    public ProviderException(String userMessage, boolean retryable) {
        this(userMessage, retryable, null);
    }

    /** Whether the portal may retry the call with back-off. */
    public boolean isRetryable() {
        return retryable;
    }
}
