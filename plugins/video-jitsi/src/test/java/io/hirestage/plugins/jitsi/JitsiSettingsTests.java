package io.hirestage.plugins.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingType;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an admin can get wrong in the settings form: each mistake is refused when the settings are
 * saved, with the setting's label and what to enter instead, and the connection test says the same.
 */
class JitsiSettingsTests {

    private static final String KEY_LABEL = "Private key (JaaS)";

    private final JitsiVideoInterviewProvider provider = new JitsiVideoInterviewProvider();

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    @Test
    void theFormOffersEverySettingWithAPlainLabelAndTheRightKindOfField() {
        assertThat(provider.settingsSchema().fields()).extracting(SettingField::key, SettingField::label, SettingField::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("serverUrl", "Jitsi server address", SettingType.URL),
                org.assertj.core.groups.Tuple.tuple("signIn", "Meeting sign-in", SettingType.CHOICE),
                org.assertj.core.groups.Tuple.tuple("appId", "App ID", SettingType.TEXT),
                org.assertj.core.groups.Tuple.tuple("audience", "Token audience (self-hosted)", SettingType.TEXT),
                org.assertj.core.groups.Tuple.tuple("appSecret", "App secret (self-hosted)", SettingType.SECRET),
                org.assertj.core.groups.Tuple.tuple("privateKey", KEY_LABEL, SettingType.SECRET),
                org.assertj.core.groups.Tuple.tuple("keyId", "API key ID (JaaS)", SettingType.TEXT),
                org.assertj.core.groups.Tuple.tuple("roomPrefix", "Room name prefix", SettingType.TEXT),
                org.assertj.core.groups.Tuple.tuple("graceMinutes", "Minutes links work after the end", SettingType.NUMBER));
        SettingField signIn = provider.settingsSchema().field("signIn").orElseThrow();
        assertThat(signIn.choices()).containsExactly("No sign-in: anyone with the link can join", "Self-hosted Jitsi with an app secret",
                "JaaS by 8x8 with a private key");
        assertThat(provider.settingsSchema().field("privateKey").orElseThrow().help()).contains("drops line breaks");
        assertThat(provider.settingsSchema().field("graceMinutes").orElseThrow().problemWith("1441")).contains("Enter a number from 0 to 1440");
    }

    @Test
    void withNothingSetItHoldsPublicMeetingsOnMeetJitSi() {
        provider.configure(TestProviderContext.of("video-jitsi", Map.of()));

        String link = provider.scheduleLive(Interviews.request(Instant.parse("2026-01-07T09:00:00Z"), "k")).joinLinks()
                .get("ada@example.org").toString();

        assertThat(link).matches("https://meet\\.jit\\.si/interview-[a-z2-7]{26}#userInfo.*");
    }

    @Test
    void aServerAddressThatCannotHoldMeetingsIsRefused() {
        assertRefused(Map.of("serverUrl", "http://meet.example.org"),
                "Jitsi server address must start with https://: browsers let a page use the camera and microphone only over https");
        assertRefused(Map.of("serverUrl", "ftp://meet.example.org"),
                "Jitsi server address is not a web address; enter one such as https://meet.example.org");
        assertRefused(Map.of("serverUrl", "https://meet.example.org/rooms"),
                "Jitsi server address must be the server alone, without a path or anything after it, such as https://meet.example.org");
        assertRefused(Map.of("serverUrl", "https://meet.example.org/?room=x"),
                "Jitsi server address must be the server alone, without a path or anything after it, such as https://meet.example.org");
        assertRefused(Map.of("serverUrl", "https://admin:pw@meet.example.org"),
                "Jitsi server address must be the server alone, without a path or anything after it, such as https://meet.example.org");
        assertRefused(Map.of("serverUrl", "https://8x8.vc"),
                "JaaS (8x8.vc) lets in only people with a signed link: choose \"JaaS by 8x8 with a private key\" as Meeting sign-in");
        assertRefused(selfHosted(Map.of("serverUrl", "https://meet.jit.si")),
                "meet.jit.si does not take passes signed with your app secret: enter the address of your own Jitsi server as Jitsi server "
                        + "address");
        assertRefused(jaas(Map.of("serverUrl", "https://meet.jit.si")),
                "JaaS meetings are held at https://8x8.vc, not at meet.jit.si: enter https://8x8.vc as Jitsi server address");
    }

    @Test
    void aTrailingSlashInTheAddressIsFine() {
        provider.configure(TestProviderContext.of("video-jitsi", Map.of("serverUrl", "https://meet.example.org/")));

        assertThat(provider.scheduleLive(Interviews.request(Instant.parse("2026-01-07T09:00:00Z"), "k")).joinLinks().get("ada@example.org")
                .toString()).startsWith("https://meet.example.org/interview-");
    }

    @Test
    void aSelfHostedServerNeedsItsAppIdAndASecretLongEnoughForHs256() {
        assertRefused(Map.of("serverUrl", "https://meet.example.org", "signIn", SignIn.SELF_HOSTED.choice(), "appSecret", TestKeys.APP_SECRET),
                "App ID is required for meeting sign-in \"Self-hosted Jitsi with an app secret\": enter the app ID (app_id) of your Jitsi "
                        + "server's token sign-in");
        assertRefused(Map.of("serverUrl", "https://meet.example.org", "signIn", SignIn.SELF_HOSTED.choice(), "appId", "hirestage"),
                "App secret (self-hosted) is required for meeting sign-in \"Self-hosted Jitsi with an app secret\": enter the app secret "
                        + "(app_secret) of your Jitsi server's token sign-in");
        assertRefused(selfHosted(Map.of("appSecret", "x".repeat(31))),
                "App secret (self-hosted) is too short: HS256 needs at least 32 characters. Set a longer app secret on your Jitsi server "
                        + "and enter it here");
        assertRefused(selfHosted(Map.of("appId", "my app")),
                "App ID must be one word without spaces (at most 200 characters): enter the app ID (app_id) of your Jitsi server's token "
                        + "sign-in");
        assertThatCode(() -> provider.configure(TestProviderContext.of("video-jitsi", selfHosted(Map.of("appSecret", "x".repeat(32))))))
                .doesNotThrowAnyException();
    }

    @Test
    void jaasNeedsItsAppIdAndAKeyIdOfThatApp() {
        Map<String, String> withoutAppId = jaas(Map.of());
        withoutAppId.remove("appId");
        assertRefused(withoutAppId, "App ID is required for meeting sign-in \"JaaS by 8x8 with a private key\": enter your AppID from "
                + "the JaaS console (vpaas-magic-cookie-…)");
        assertRefused(jaas(Map.of("appId", "hirestage")), "App ID is not a JaaS AppID: it starts with vpaas-magic-cookie- followed by "
                + "letters and digits; copy it from the JaaS console");
        Map<String, String> withoutKeyId = jaas(Map.of());
        withoutKeyId.remove("keyId");
        assertRefused(withoutKeyId, "API key ID (JaaS) is required for meeting sign-in \"JaaS by 8x8 with a private key\": enter the key "
                + "ID the JaaS console shows for your API key");
        assertRefused(jaas(Map.of("keyId", "vpaas-magic-cookie-ffff/4f4910")), "API key ID (JaaS) does not belong to this AppID: a JaaS "
                + "key ID is the AppID, a slash and the key's own id (" + TestKeys.JAAS_APP_ID + "/…); copy it from the API keys page of "
                + "the JaaS console");
        assertRefused(jaas(Map.of("keyId", TestKeys.JAAS_APP_ID + "/")), "API key ID (JaaS) does not belong to this AppID: a JaaS "
                + "key ID is the AppID, a slash and the key's own id (" + TestKeys.JAAS_APP_ID + "/…); copy it from the API keys page of "
                + "the JaaS console");
    }

    @Test
    void thePrivateKeyIsReadWithOrWithoutItsLineBreaks() {
        String pem = TestKeys.jaasPrivateKeyPem();
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        for (String pasted : new String[] {pem, pem.replace("\n", ""), pem.replace("\n", " "), pem.replace("\n", "\r\n"),
                "  " + pem + "  ", body, body.replace("\n", "")}) {
            assertThatCode(() -> provider.configure(TestProviderContext.of("video-jitsi", jaas(Map.of("privateKey", pasted)))))
                    .as("the key pasted as %s", pasted.length() > 40 ? pasted.substring(0, 40) + "…" : pasted).doesNotThrowAnyException();
        }
    }

    @Test
    void aPrivateKeyThatCannotSignForJaasIsRefusedWithWhatToPasteInstead() {
        assertRefused(jaas(Map.of("privateKey", "")), KEY_LABEL + " is required for meeting sign-in \"JaaS by 8x8 with a private key\": "
                + "enter the private key of that API key");
        assertRefused(jaas(Map.of("privateKey", "my-password-123")), KEY_LABEL + " is not a PEM file: its text is not base64 (expected "
                + "-----BEGIN PRIVATE KEY----- and lines of letters and digits)");
        assertRefused(jaas(Map.of("privateKey", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg")), KEY_LABEL + " is not a whole PEM file: "
                + "paste everything from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----");
        assertRefused(jaas(Map.of("privateKey", "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----")),
                KEY_LABEL + " is empty between its header and footer; paste the whole PEM file");
        String truncated = TestKeys.pem("PRIVATE KEY", Arrays.copyOf(TestKeys.JAAS_KEY.getPrivate().getEncoded(), 600));
        assertRefused(jaas(Map.of("privateKey", truncated)), KEY_LABEL + " is not a private key that can be read; paste the PEM file you "
                + "downloaded from the JaaS console (-----BEGIN PRIVATE KEY----- …)");
        assertRefused(jaas(Map.of("privateKey", TestKeys.pem("RSA PRIVATE KEY", new byte[] {1, 2, 3}))), KEY_LABEL + " is in the older "
                + "PKCS#1 form; convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt -in key.pem) and paste that");
        assertRefused(jaas(Map.of("privateKey", TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3}))), KEY_LABEL + " is protected "
                + "by a password; export it without one (openssl pkcs8 -topk8 -nocrypt -in key.pem) and paste that");
        assertRefused(jaas(Map.of("privateKey", TestKeys.pem("PUBLIC KEY", TestKeys.jaasPublicKey()))), KEY_LABEL + " is a public key; "
                + "paste the private key you downloaded when you created the API key (JaaS keeps only the public one)");
        assertRefused(jaas(Map.of("privateKey", TestKeys.pem("CERTIFICATE", new byte[] {1, 2, 3}))), KEY_LABEL + " is a certificate; "
                + "paste the private key (-----BEGIN PRIVATE KEY-----)");
        assertRefused(jaas(Map.of("privateKey", TestKeys.pem("PRIVATE KEY", TestKeys.pair("EC", 256).getPrivate()))), KEY_LABEL + " is not "
                + "an RSA key but EC; JaaS signs with RSA keys (RS256): paste the RSA private key of your API key");
        assertRefused(jaas(Map.of("privateKey", TestKeys.pem("PRIVATE KEY", TestKeys.pair("RSA", 1024).getPrivate()))), KEY_LABEL + " has "
                + "only 1024 bits; RS256 needs at least 2048: create a new API key in the JaaS console");
        assertRefused(jaas(Map.of("privateKey", "A".repeat(20_001))), KEY_LABEL + " is too long to be a private key; paste the PEM file "
                + "you downloaded from the JaaS console");
    }

    @Test
    void aDamagedPrivateKeyIsCaughtBySigningATestPass() throws Exception {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) TestKeys.JAAS_KEY.getPrivate();
        // One changed number inside the key file: it still reads as an RSA key, but its signatures are wrong.
        RSAPrivateCrtKey damaged = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(),
                key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient().add(BigInteger.ONE)));

        assertThatThrownBy(() -> provider.configure(TestProviderContext.of("video-jitsi",
                jaas(Map.of("privateKey", TestKeys.pem("PRIVATE KEY", damaged)))))).isInstanceOf(ProviderException.class)
                .hasMessageStartingWith(KEY_LABEL + " cannot sign join links (")
                .hasMessageEndingWith("); paste it again, or make a new one");
    }

    @Test
    void otherSettingsOutsideTheirRulesAreRefused() {
        assertRefused(Map.of("roomPrefix", "Interview Room"), "Room name prefix may hold only lower-case letters, digits and single dashes "
                + "between them (at most 40), such as interview or acme-interview");
        assertRefused(Map.of("roomPrefix", "-interview"), "Room name prefix may hold only lower-case letters, digits and single dashes "
                + "between them (at most 40), such as interview or acme-interview");
        assertRefused(Map.of("roomPrefix", "a".repeat(41)), "Room name prefix may hold only lower-case letters, digits and single dashes "
                + "between them (at most 40), such as interview or acme-interview");
        assertRefused(Map.of("graceMinutes", "an hour"), "Minutes links work after the end: Enter a whole number");
        assertRefused(Map.of("graceMinutes", "2000"), "Minutes links work after the end: Enter a number from 0 to 1440");
        assertRefused(Map.of("signIn", "JWT"), "Meeting sign-in: choose one of No sign-in: anyone with the link can join; Self-hosted "
                + "Jitsi with an app secret; JaaS by 8x8 with a private key");
    }

    @Test
    void refusedSettingsAreWhatTheConnectionTestAndEveryCallSayUntilBetterOnesAreSaved() {
        provider.configure(TestProviderContext.of("video-jitsi", Map.of()));
        Map<String, String> shortSecret = selfHosted(Map.of("appSecret", "too-short"));
        String problem = "App secret (self-hosted) is too short: HS256 needs at least 32 characters. Set a longer app secret on your "
                + "Jitsi server and enter it here";
        assertThatThrownBy(() -> provider.configure(TestProviderContext.of("video-jitsi", shortSecret))).hasMessage(problem);

        assertThat(provider.testConnection()).isEqualTo(ConnectionCheck.failed(problem));
        assertThatThrownBy(() -> provider.scheduleLive(Interviews.request(Instant.parse("2026-01-07T09:00:00Z"), "k")))
                .isInstanceOf(ProviderException.class).hasMessage(problem);

        provider.configure(TestProviderContext.of("video-jitsi", selfHosted(Map.of())));
        assertThat(provider.scheduleLive(Interviews.request(Instant.parse("2026-01-07T09:00:00Z"), "k")).joinLinks()).hasSize(3);
    }

    @Test
    void noMessageRepeatsASecret() {
        String secret = "short-secret-XYZ";
        assertThatThrownBy(() -> provider.configure(TestProviderContext.of("video-jitsi", selfHosted(Map.of("appSecret", secret)))))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
        String pem = TestKeys.pem("PRIVATE KEY", Arrays.copyOf(TestKeys.JAAS_KEY.getPrivate().getEncoded(), 300));
        assertThatThrownBy(() -> provider.configure(TestProviderContext.of("video-jitsi", jaas(Map.of("privateKey", pem)))))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(pem.substring(30, 60)));
    }

    private void assertRefused(Map<String, String> settings, String message) {
        assertThatThrownBy(() -> provider.configure(TestProviderContext.of("video-jitsi", settings))).isInstanceOf(ProviderException.class)
                .hasMessage(message).satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isFalse());
        assertThat(provider.testConnection()).as("the connection test after refused settings").isEqualTo(ConnectionCheck.failed(message));
    }

    private static Map<String, String> selfHosted(Map<String, String> changes) {
        Map<String, String> settings = new HashMap<>(Map.of("serverUrl", "https://meet.example.org", "signIn", SignIn.SELF_HOSTED.choice(),
                "appId", "hirestage", "appSecret", TestKeys.APP_SECRET));
        settings.putAll(changes);
        return settings;
    }

    private static Map<String, String> jaas(Map<String, String> changes) {
        Map<String, String> settings = new HashMap<>(Map.of("serverUrl", "https://8x8.vc", "signIn", SignIn.JAAS.choice(),
                "appId", TestKeys.JAAS_APP_ID, "keyId", TestKeys.JAAS_KEY_ID, "privateKey", TestKeys.jaasPrivateKeyPem()));
        settings.putAll(changes);
        return settings;
    }
}
