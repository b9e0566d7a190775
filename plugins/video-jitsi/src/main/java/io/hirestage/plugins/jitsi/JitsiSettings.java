package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.ProviderSettings;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The provider's settings as the admin fills them in, and the same settings read and checked: every
 * message names the setting by its label and says what to enter instead.
 *
 * @param server     the Jitsi server's address, without a path or a trailing slash
 * @param signIn     how people get into a meeting
 * @param appId      the app id (self-hosted) or AppID (JaaS); {@code null} without sign-in
 * @param roomPrefix the readable start of every room name
 * @param grace      how long after the booked end a signed link still works
 * @param tokens     what signs the links; {@code null} without sign-in
 */
record JitsiSettings(URI server, SignIn signIn, String appId, String roomPrefix, Duration grace, MeetingTokens tokens) {

    static final String SERVER_URL = "serverUrl";
    static final String SIGN_IN = "signIn";
    static final String APP_ID = "appId";
    static final String AUDIENCE = "audience";
    static final String APP_SECRET = "appSecret";
    static final String PRIVATE_KEY = "privateKey";
    static final String KEY_ID = "keyId";
    static final String ROOM_PREFIX = "roomPrefix";
    static final String GRACE_MINUTES = "graceMinutes";

    static final String PUBLIC_JITSI = "https://meet.jit.si";
    /** HS256 keys shorter than the hash are forbidden by RFC 7518 (section 3.2). */
    static final int MIN_SECRET_BYTES = 32;
    private static final String JAAS_APP_ID_START = "vpaas-magic-cookie-";
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern ROOM_PREFIX_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ROOM_PREFIX = 40;
    private static final Pattern JAAS_APP_ID = Pattern.compile(Pattern.quote(JAAS_APP_ID_START) + "[A-Za-z0-9]+");
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^\\s\\p{Cntrl}]{1,200}");

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.url(SERVER_URL, "Jitsi server address").asRequired().withDefault(PUBLIC_JITSI)
                    .withHelp("Where interviews are held: https://meet.jit.si (the free public service), your own server such as "
                            + "https://meet.example.org, or https://8x8.vc for JaaS. Each join link is this address followed by the room."),
            SettingField.choice(SIGN_IN, "Meeting sign-in", SignIn.choices()).withDefault(SignIn.NONE.choice())
                    .withHelp("Without sign-in, anyone who has a link can join; the room name cannot be guessed. With sign-in, each link "
                            + "carries a signed pass: interviewers join as moderators, the candidate as a guest, and links stop working "
                            + "after the interview."),
            SettingField.text(APP_ID, "App ID")
                    .withHelp("For a self-hosted server: the app ID of its token sign-in (app_id). For JaaS: your AppID from the JaaS "
                            + "console, starting with vpaas-magic-cookie-."),
            SettingField.text(AUDIENCE, "Token audience (self-hosted)").withDefault("jitsi")
                    .withHelp("The audience your Jitsi server accepts in passes; usually jitsi. JaaS always uses jitsi."),
            SettingField.secret(APP_SECRET, "App secret (self-hosted)")
                    .withHelp("The app secret of your Jitsi server's token sign-in (app_secret), at least " + MIN_SECRET_BYTES
                            + " characters."),
            SettingField.secret(PRIVATE_KEY, "Private key (JaaS)")
                    .withHelp("The private key you downloaded when you added the API key in the JaaS console: paste the whole file, "
                            + "from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----. This field drops line breaks; that is "
                            + "fine, the key is read without them."),
            SettingField.text(KEY_ID, "API key ID (JaaS)")
                    .withHelp("The key ID the JaaS console shows for that API key, such as vpaas-magic-cookie-1fc5…/4f4910."),
            SettingField.text(ROOM_PREFIX, "Room name prefix").withDefault("interview")
                    .withHelp("The readable start of every room name: lower-case letters, digits and dashes. A random part that "
                            + "cannot be guessed follows it; names of people never appear in rooms."),
            SettingField.number(GRACE_MINUTES, "Minutes links work after the end").withDefault("60").between(0, 1440)
                    .withHelp("With sign-in: how long after the booked end participants can still join, for interviews that run "
                            + "over. Links work from " + MeetingTokens.EARLY_JOIN_MINUTES + " minutes before the start."));

    /**
     * The settings, checked.
     *
     * @throws ProviderException naming the setting that cannot work and what to enter instead
     */
    static JitsiSettings read(ProviderSettings settings) {
        SignIn signIn = SignIn.ofChoice(settings.get(SIGN_IN).orElse(SignIn.NONE.choice()), label(SIGN_IN));
        URI server = server(settings.get(SERVER_URL).orElse(PUBLIC_JITSI), signIn);
        String roomPrefix = roomPrefix(settings.get(ROOM_PREFIX).orElse("interview"));
        Duration grace = Duration.ofMinutes(graceMinutes(settings.get(GRACE_MINUTES).orElse("60")));
        return switch (signIn) {
            case NONE -> new JitsiSettings(server, signIn, null, roomPrefix, grace, null);
            case SELF_HOSTED -> {
                String appId = plainText(settings, APP_ID, signIn, "the app ID (app_id) of your Jitsi server's token sign-in");
                String audience = settings.get(AUDIENCE).isEmpty() ? "jitsi"
                        : plainText(settings, AUDIENCE, signIn, "the audience your Jitsi server accepts, usually jitsi");
                byte[] secret = required(settings, APP_SECRET, signIn, "the app secret (app_secret) of your Jitsi server's token sign-in")
                        .getBytes(StandardCharsets.UTF_8);
                if (secret.length < MIN_SECRET_BYTES) {
                    throw refused(label(APP_SECRET) + " is too short: HS256 needs at least " + MIN_SECRET_BYTES + " characters. Set a "
                            + "longer app secret on your Jitsi server and enter it here");
                }
                yield new JitsiSettings(server, signIn, appId, roomPrefix, grace,
                        MeetingTokens.selfHosted(appId, audience, server.getHost(), secret, label(APP_SECRET)));
            }
            case JAAS -> {
                String appId = plainText(settings, APP_ID, signIn, "your AppID from the JaaS console (vpaas-magic-cookie-…)");
                if (!JAAS_APP_ID.matcher(appId).matches()) {
                    throw refused(label(APP_ID) + " is not a JaaS AppID: it starts with " + JAAS_APP_ID_START + " followed by letters and "
                            + "digits; copy it from the JaaS console");
                }
                String keyId = plainText(settings, KEY_ID, signIn, "the key ID the JaaS console shows for your API key");
                if (!keyId.startsWith(appId + "/") || keyId.length() == appId.length() + 1) {
                    throw refused(label(KEY_ID) + " does not belong to this AppID: a JaaS key ID is the AppID, a slash and the key's own "
                            + "id (" + appId + "/…); copy it from the API keys page of the JaaS console");
                }
                String pem = required(settings, PRIVATE_KEY, signIn, "the private key of that API key");
                yield new JitsiSettings(server, signIn, appId, roomPrefix, grace,
                        MeetingTokens.jaas(appId, keyId, PrivateKeyPem.read(pem, label(PRIVATE_KEY)), label(PRIVATE_KEY)));
            }
        };
    }

    /** Where a room is: the server and the room, with the AppID between them on JaaS. */
    URI roomAddress(String room) {
        return URI.create(meetingsBase() + "/" + room);
    }

    /** The address rooms are under: the server, or the AppID's part of it on JaaS. */
    String meetingsBase() {
        return signIn == SignIn.JAAS ? server + "/" + appId : server.toString();
    }

    static String label(String key) {
        return SCHEMA.field(key).orElseThrow().label();
    }

    private static URI server(String typed, SignIn signIn) {
        String label = label(SERVER_URL);
        URI uri;
        try {
            uri = new URI(typed.strip());
        } catch (URISyntaxException e) {
            throw refused(label + " is not an address; enter one such as https://meet.example.org");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("https") && !scheme.equals("http")) || uri.getHost() == null || uri.isOpaque()) {
            throw refused(label + " is not a web address; enter one such as https://meet.example.org");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !THIS_MACHINE.contains(host)) {
            throw refused(label + " must start with https://: browsers let a page use the camera and microphone only over https");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw refused(label + " must be the server alone, without a path or anything after it, such as https://meet.example.org");
        }
        if (signIn == SignIn.NONE && host.equals("8x8.vc")) {
            throw refused("JaaS (8x8.vc) lets in only people with a signed link: choose \"" + SignIn.JAAS.choice() + "\" as "
                    + label(SIGN_IN));
        }
        if (signIn == SignIn.SELF_HOSTED && (host.equals("meet.jit.si") || host.equals("8x8.vc"))) {
            throw refused(host + " does not take passes signed with your app secret: enter the address of your own Jitsi server as "
                    + label);
        }
        if (signIn == SignIn.JAAS && host.equals("meet.jit.si")) {
            throw refused("JaaS meetings are held at https://8x8.vc, not at meet.jit.si: enter https://8x8.vc as " + label);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority());
    }

    private static String roomPrefix(String typed) {
        String prefix = typed.strip();
        if (prefix.length() > MAX_ROOM_PREFIX || !ROOM_PREFIX_FORM.matcher(prefix).matches()) {
            throw refused(label(ROOM_PREFIX) + " may hold only lower-case letters, digits and single dashes between them (at most "
                    + MAX_ROOM_PREFIX + "), such as interview or acme-interview");
        }
        return prefix;
    }

    private static long graceMinutes(String typed) {
        SettingField field = SCHEMA.field(GRACE_MINUTES).orElseThrow();
        field.problemWith(typed).ifPresent(problem -> {
            throw refused(field.label() + ": " + problem);
        });
        return Long.parseLong(typed.strip());
    }

    private static String required(ProviderSettings settings, String key, SignIn signIn, String what) {
        return settings.get(key).filter(value -> !value.isBlank()).map(String::strip)
                .orElseThrow(() -> refused(label(key) + " is required for " + label(SIGN_IN).toLowerCase(Locale.ROOT) + " \""
                        + signIn.choice() + "\": enter " + what));
    }

    private static String plainText(ProviderSettings settings, String key, SignIn signIn, String what) {
        String value = required(settings, key, signIn, what);
        if (!PLAIN_TEXT.matcher(value).matches()) {
            throw refused(label(key) + " must be one word without spaces (at most 200 characters): enter " + what);
        }
        return value;
    }

    private static ProviderException refused(String message) {
        return new ProviderException(message, false);
    }
}
