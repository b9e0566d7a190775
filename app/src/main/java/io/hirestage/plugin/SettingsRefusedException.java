package io.hirestage.plugin;

/**
 * Settings that fit the provider's form but that the provider refused when it was handed them (a pay
 * bands file with bad rows, a private key that does not parse); nothing was saved, and the provider
 * keeps the settings it had.
 */
public class SettingsRefusedException extends RuntimeException {

    private final String reason;

    SettingsRefusedException(String reason) {
        super("The provider refused these settings, so they were not saved: " + reason);
        this.reason = reason;
    }

    /** The provider's own words. */
    public String reason() {
        return reason;
    }
}
