package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.ProviderSettings;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The provider's settings as the admin fills them in, read and checked once per save.
 *
 * @param baseUrl        where the vendor serves its API
 * @param apiKey         sent as a Bearer token
 * @param templateId     the interview template candidates become participants of
 * @param signingSecret  what webhooks are signed with; empty while webhooks are not set up
 * @param signatureHeader the header that carries a webhook's signature
 * @param tolerance      how far a webhook's {@code sent_at} may be from the portal's clock
 * @param scale          the vendor's rating scale
 */
record OneWaySettings(URI baseUrl, String apiKey, String templateId, Optional<String> signingSecret, String signatureHeader,
                      Duration tolerance, ScoreScale scale) {

    static final String BASE_URL = "baseUrl";
    static final String API_KEY = "apiKey";
    static final String TEMPLATE_ID = "templateId";
    static final String SIGNING_SECRET = "signingSecret";
    static final String SIGNATURE_HEADER = "signatureHeader";
    static final String TOLERANCE_SECONDS = "toleranceSeconds";
    static final String HIGHEST_SCORE = "highestScore";

    static final String DEFAULT_SIGNATURE_HEADER = "X-Webhook-Signature";
    private static final long DEFAULT_TOLERANCE_SECONDS = 300;
    private static final long MIN_TOLERANCE_SECONDS = 30;
    private static final long DEFAULT_HIGHEST_SCORE = 5;

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");

    /** The form the portal shows the admin. */
    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.url(BASE_URL, "Vendor API address").asRequired()
                    .withHelp("Where the vendor serves participants and interview_templates, for example https://api.vendor.example/v1/"),
            SettingField.secret(API_KEY, "API key").asRequired()
                    .withHelp("Your key at the vendor; sent as a Bearer token"),
            SettingField.text(TEMPLATE_ID, "Interview template id").asRequired()
                    .withHelp("The vendor's id of the interview template candidates are invited to (branding, time to answer, retakes, emails)"),
            SettingField.secret(SIGNING_SECRET, "Webhook signing secret")
                    .withHelp("The secret the vendor signs webhooks with. Without it webhooks are refused and the portal asks the vendor for news instead"),
            SettingField.text(SIGNATURE_HEADER, "Signature header").withDefault(DEFAULT_SIGNATURE_HEADER)
                    .withHelp("The header in which the vendor sends a webhook's signature"),
            SettingField.number(TOLERANCE_SECONDS, "Webhook time tolerance (seconds)").withDefault(Long.toString(DEFAULT_TOLERANCE_SECONDS))
                    .between(MIN_TOLERANCE_SECONDS, AcceptedWebhookEvents.MAX_TOLERANCE_SECONDS)
                    .withHelp("How far a webhook's sending time may be from the portal's clock; older deliveries are refused as replays"),
            SettingField.number(HIGHEST_SCORE, "Highest score at the vendor").withDefault(Long.toString(DEFAULT_HIGHEST_SCORE)).between(1, 1000)
                    .withHelp("The top of the vendor's rating scale, such as 5 for stars or 100 for percentages; the portal shows percentages"));

    /**
     * The settings, checked beyond what the form checks.
     *
     * @throws ProviderException naming the setting to fix
     */
    static OneWaySettings read(ProviderSettings settings) {
        String baseUrl = settings.get(BASE_URL).orElseThrow(() -> new ProviderException("Set Vendor API address", false)).strip();
        String apiKey = settings.get(API_KEY).orElseThrow(() -> new ProviderException("Set API key", false)).strip();
        if (!VISIBLE_ASCII.matcher(apiKey).matches()) {
            throw new ProviderException("API key holds spaces or characters an API key does not have; paste it again", false);
        }
        String templateId = settings.get(TEMPLATE_ID).orElseThrow(() -> new ProviderException("Set Interview template id", false)).strip();
        if (!VendorText.isSafeId(templateId)) {
            throw new ProviderException("Interview template id must be the vendor's id of the template: 1 to 100 letters, digits, "
                    + "dots, dashes, underscores or colons", false);
        }
        String header = settings.get(SIGNATURE_HEADER).orElse(DEFAULT_SIGNATURE_HEADER).strip();
        if (!HEADER_NAME.matcher(header).matches()) {
            throw new ProviderException("Signature header must be a header name such as " + DEFAULT_SIGNATURE_HEADER, false);
        }
        // The form keeps the numbers within their limits; clamped again because the clearing of old event records relies on it.
        long toleranceSeconds = Math.clamp(settings.number(TOLERANCE_SECONDS, DEFAULT_TOLERANCE_SECONDS), MIN_TOLERANCE_SECONDS,
                AcceptedWebhookEvents.MAX_TOLERANCE_SECONDS);
        long highestScore = Math.max(1, settings.number(HIGHEST_SCORE, DEFAULT_HIGHEST_SCORE));
        return new OneWaySettings(URI.create(baseUrl), apiKey, templateId, settings.get(SIGNING_SECRET), header,
                Duration.ofSeconds(toleranceSeconds), new ScoreScale(highestScore));
    }

    /** The webhook checks, once a signing secret is set. */
    Optional<SignedWebhooks> webhooks() {
        return signingSecret.map(secret -> new SignedWebhooks(secret, signatureHeader, tolerance));
    }

    @Override
    public String toString() {
        return "OneWaySettings[" + baseUrl + ", template " + templateId + "]"; // never the key or the secret
    }
}
