package io.hirestage.plugins.partner;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.ProviderStorage;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A skills-test vendor that implements the assessment partner API many test vendors offer applicant
 * trackers: list tests, send a test, read a test's status, and a call to the invitation's callback URL
 * when the candidate finished. The vendor gives back only an id, and later a status, a percentage and
 * flat metadata; so this provider declares only {@link Capability#CALLBACKS}, keeps the vendor's id
 * for each idempotency key in the portal's storage, and maps metadata keys to the job role's
 * competencies as the admin sets them.
 */
@Extension
public class PartnerAssessmentProvider implements AssessmentProvider {

    static final String BASE_URL = "baseUrl";
    static final String API_KEY = "apiKey";
    static final String TEST_MINUTES = "testMinutes";
    static final String COMPETENCIES = "competencies";

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("assessment-partner-api", "Assessment partner API",
            "Any vendor of the assessment partner API",
            "Skills tests from a vendor that implements the assessment partner API (list tests, send test, test status, "
                    + "completion callback). The vendor emails the candidate their link and reports a percentage.",
            URI.create("https://github.com/hirestage/hirestage#assessment-partner-api"));

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingField.url(BASE_URL, "Partner API address").asRequired()
                    .withHelp("Where the vendor serves list_tests, send_test and test_status, for example https://api.vendor.example/partner/"),
            SettingField.secret(API_KEY, "API key").asRequired()
                    .withHelp("Your key at the vendor; sent as the user name of HTTP Basic authentication"),
            SettingField.number(TEST_MINUTES, "Usual test length (minutes)").withDefault("60").between(5, 600)
                    .withHelp("The partner API does not say how long a test takes; recruiters see this"),
            SettingField.text(COMPETENCIES, "Metadata keys to competencies")
                    .withHelp("key=Competency pairs separated by semicolons, for example "
                            + "api=API design and system structuring; sql=Database modelling and query optimisation"));

    /** The candidate does the test on the vendor's site; the portal only hears what came of it. */
    private static final String OVERALL = "Overall score";

    private volatile Setup setup;

    /** What configure built from the settings, swapped in whole so that calls under way keep theirs. */
    private record Setup(PartnerApiClient api, HttpClient http, Duration testLength, Map<String, String> competencyOf,
                         ProviderStorage storage) {
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SETTINGS;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CALLBACKS);
    }

    @Override
    public void configure(ProviderContext context) {
        String baseUrl = context.settings().get(BASE_URL)
                .orElseThrow(() -> new ProviderException("Set the partner API address", false));
        String apiKey = context.settings().get(API_KEY).orElseThrow(() -> new ProviderException("Set the API key", false));
        Map<String, String> competencyOf = competencies(context.settings().get(COMPETENCIES).orElse(""));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        Setup before = setup;
        setup = new Setup(new PartnerApiClient(http, URI.create(baseUrl.trim()), apiKey), http,
                Duration.ofMinutes(context.settings().number(TEST_MINUTES, 60)), competencyOf, context.storage());
        if (before != null) {
            before.http().close();
        }
    }

    @Override
    public void close() {
        Setup last = setup;
        if (last != null) {
            last.http().close();
        }
    }

    @Override
    public ConnectionCheck testConnection() {
        int tests = setup().api().listTests().size();
        return ConnectionCheck.ok("Connected: the vendor offers " + tests + (tests == 1 ? " test" : " tests"));
    }

    @Override
    public List<AssessmentTest> tests() {
        Setup current = setup();
        List<String> competencies = current.competencyOf().isEmpty() ? List.of(OVERALL)
                : current.competencyOf().values().stream().distinct().toList();
        return current.api().listTests().stream().map(entry -> {
            Map<?, ?> test = entry instanceof Map<?, ?> map ? map : Map.of();
            return new AssessmentTest(text(test, "partner_test_id", "list_tests"), text(test, "partner_test_name", "list_tests"),
                    current.testLength(), competencies);
        }).toList();
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        Setup current = setup();
        String key = "interview-for:" + request.idempotencyKey();
        String known = current.storage().get(key).orElse(null);
        if (known != null) {
            return new AssessmentInvitation(known, null, null);
        }
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("first_name", request.givenName() != null ? request.givenName() : request.candidateName());
        candidate.put("last_name", request.familyName() != null ? request.familyName() : "");
        candidate.put("email", request.candidateEmail());
        candidate.put("profile_url", request.profileUrl() == null ? null : request.profileUrl().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partner_test_id", request.testId());
        body.put("candidate", candidate);
        body.put("url", request.callbackUrl() == null ? null : request.callbackUrl().toString());
        String interviewId = text(current.api().sendTest(body), "partner_interview_id", "send_test");
        return new AssessmentInvitation(current.storage().putIfAbsent(key, interviewId), null, null);
    }

    @Override
    public AssessmentResult result(String invitationId) {
        Setup current = setup();
        Map<String, Object> status = current.api().testStatus(invitationId);
        String state = text(status, "partner_status", "test_status").toLowerCase(Locale.ROOT);
        return switch (state) {
            case "complete", "completed" -> completed(status, current.competencyOf());
            case "sent", "pending", "started", "in_progress" -> new AssessmentResult(AssessmentResult.Status.INVITED, null, null, Map.of(),
                    null, null);
            case "expired" -> new AssessmentResult(AssessmentResult.Status.EXPIRED, null, null, Map.of(), null, null);
            case "cancelled", "canceled" -> new AssessmentResult(AssessmentResult.Status.CANCELLED, null, null, Map.of(), null, null);
            default -> throw new ProviderException("The vendor reported a status the partner API does not have: " + state, false);
        };
    }

    /** Never called: the partner API has no cancellation, and this provider does not declare {@link Capability#CANCEL}. */
    @Override
    public void cancel(String invitationId) {
        throw new ProviderException("The assessment partner API cannot withdraw an invitation", false);
    }

    /** Never called: the partner API has no erasure, and this provider does not declare {@link Capability#ERASE_AT_VENDOR}. */
    @Override
    public void eraseCandidate(String candidateEmail) {
        throw new ProviderException("The assessment partner API cannot erase a candidate; ask the vendor", false);
    }

    private static AssessmentResult completed(Map<String, Object> status, Map<String, String> competencyOf) {
        Object score = status.get("partner_score");
        if (!(score instanceof Number total)) {
            throw new ProviderException("The vendor reported a finished test without a partner_score", false);
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (status.get("metadata") instanceof Map<?, ?> metadata) {
            competencyOf.forEach((key, competency) -> {
                if (metadata.get(key) instanceof Number value) {
                    scores.put(competency, (int) Math.round(value.doubleValue()));
                }
            });
        }
        if (competencyOf.isEmpty()) {
            scores.put(OVERALL, (int) Math.round(total.doubleValue()));
        }
        URI report = status.get("partner_profile_url") instanceof String link ? uriOrNull(link) : null;
        return new AssessmentResult(AssessmentResult.Status.COMPLETED, (int) Math.round(total.doubleValue()), null, scores, report, null);
    }

    /** "api=API design; sql=Database modelling" as key to competency, in the order written. */
    static Map<String, String> competencies(String setting) {
        Map<String, String> competencyOf = new LinkedHashMap<>();
        for (String pair : setting.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1 || pair.substring(equals + 1).isBlank()) {
                throw new ProviderException("Metadata keys to competencies: \"" + pair.strip() + "\" is not key=Competency", false);
            }
            competencyOf.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return competencyOf;
    }

    private Setup setup() {
        Setup current = setup;
        if (current == null) {
            throw new ProviderException("The provider is not set up", false);
        }
        return current;
    }

    private static String text(Map<?, ?> answer, String field, String call) {
        Object value = answer.get(field);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        throw new ProviderException("The vendor's answer to " + call + " has no " + field, false);
    }

    private static URI uriOrNull(String link) {
        try {
            return URI.create(link);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
