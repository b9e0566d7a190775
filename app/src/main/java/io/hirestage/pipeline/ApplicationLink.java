package io.hirestage.pipeline;

/**
 * Where an application opens in the portal: its opening's board with the application's panel open.
 * Notifications store it; the board reads {@link #PARAMETER} when it is entered.
 */
public final class ApplicationLink {

    public static final String PARAMETER = "application";

    private ApplicationLink() {
    }

    static String of(long openingId, long applicationId) {
        return "openings/" + openingId + "/board?" + PARAMETER + "=" + applicationId;
    }
}
