package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderException;
import java.util.Arrays;
import java.util.List;

/**
 * How people get into a meeting: the choices of the "Meeting sign-in" setting. The choice texts are
 * what the admin sees and what the portal stores, so they never change once released.
 */
enum SignIn {

    /** Anyone with the link joins; the room name is the only secret. */
    NONE("No sign-in: anyone with the link can join"),

    /** A self-hosted Jitsi server with token authentication checks an HS256 token signed with its app secret. */
    SELF_HOSTED("Self-hosted Jitsi with an app secret"),

    /** JaaS (Jitsi as a Service) by 8x8 checks an RS256 token signed with the customer's private key. */
    JAAS("JaaS by 8x8 with a private key");

    private final String choice;

    SignIn(String choice) {
        this.choice = choice;
    }

    String choice() {
        return choice;
    }

    boolean signsTokens() {
        return this != NONE;
    }

    static List<String> choices() {
        return Arrays.stream(values()).map(SignIn::choice).toList();
    }

    static SignIn ofChoice(String choice, String label) {
        return Arrays.stream(values()).filter(mode -> mode.choice.equals(choice)).findFirst()
                .orElseThrow(() -> new ProviderException(label + ": choose one of " + String.join("; ", choices()), false));
    }
}
