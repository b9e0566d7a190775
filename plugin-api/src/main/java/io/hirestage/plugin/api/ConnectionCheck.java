package io.hirestage.plugin.api;

/**
 * The answer to "Test connection" in the admin console.
 *
 * @param ok      whether the vendor answered and accepted the settings
 * @param message what an admin should know, for example "Connected as Acme Corp (sandbox account)"
 */
public record ConnectionCheck(boolean ok, String message) {

    /** The vendor answered and accepted the settings. */
    public static ConnectionCheck ok(String message) {
        return new ConnectionCheck(true, message);
    }

    /** The vendor refused the settings or could not be reached. */
    public static ConnectionCheck failed(String message) {
        return new ConnectionCheck(false, message);
    }
}
