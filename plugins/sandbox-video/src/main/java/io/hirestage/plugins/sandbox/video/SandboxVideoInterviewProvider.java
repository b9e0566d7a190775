package io.hirestage.plugins.sandbox.video;

import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingsSchema;
import io.hirestage.plugin.api.VideoInterviewMode;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.VideoResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Extension;

/**
 * A one-way video interview vendor that lives in memory: the pretend candidate answers every
 * question a set time after the invitation, with a transcript that names the question and
 * repeatable ratings. Labelled SANDBOX everywhere an admin or recruiter sees it.
 */
@Extension
public class SandboxVideoInterviewProvider implements VideoInterviewProvider {

    static final String ANSWERS_AFTER_SECONDS = "answersAfterSeconds";

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("sandbox-video",
            "Sandbox video interviews (SANDBOX)", "Hirestage",
            "A pretend one-way video interview vendor without a network: candidates answer after a set delay. "
                    + "For demos and tests only.",
            URI.create("https://github.com/hirestage/hirestage#integrator-guide-writing-a-plugin"));

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingField.number(ANSWERS_AFTER_SECONDS, "Answers after (seconds)").withDefault("30").between(0, 86_400)
                    .withHelp("How long after the invitation the pretend candidate records the answers"));

    private static final List<String> RATED = List.of("Clear technical communication", "Stakeholder alignment across teams");

    private final Map<String, Interview> interviewsByKey = new ConcurrentHashMap<>();
    private final Map<String, Interview> interviewsById = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration answersAfter = Duration.ofSeconds(30);

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SETTINGS;
    }

    @Override
    public void configure(ProviderContext context) {
        clock = context.clock();
        answersAfter = Duration.ofSeconds(context.settings().number(ANSWERS_AFTER_SECONDS, 30));
    }

    @Override
    public Set<VideoInterviewMode> modes() {
        return Set.of(VideoInterviewMode.ONE_WAY);
    }

    @Override
    public LiveInterview scheduleLive(LiveInterviewRequest request) {
        throw new ProviderException("The sandbox runs one-way interviews only", false);
    }

    @Override
    public VideoInvitation inviteOneWay(OneWayInterviewRequest request) {
        if (request.questions().isEmpty()) {
            throw new ProviderException("A one-way interview needs at least one question", false);
        }
        Interview interview = interviewsByKey.computeIfAbsent(request.idempotencyKey(), key -> {
            Interview created = new Interview("sbv-" + UUID.randomUUID(), request.candidateEmail(), request.questions(),
                    clock.instant(), request.deadline(), answersAfter, false);
            interviewsById.put(created.id(), created);
            return created;
        });
        return new VideoInvitation(interview.id(), URI.create("https://sandbox.invalid/interviews/" + interview.id()),
                interview.deadline());
    }

    @Override
    public VideoInterviewResult result(String interviewId) {
        Interview interview = interviewsById.get(interviewId);
        if (interview == null) {
            throw new ProviderException("The sandbox knows no interview '" + interviewId + "'", false);
        }
        if (interview.cancelled()) {
            return new VideoInterviewResult(VideoInterviewResult.Status.CANCELLED, null, List.of(), Map.of());
        }
        Instant now = clock.instant();
        if (now.isBefore(interview.sentAt().plus(interview.answersAfter()))) {
            VideoInterviewResult.Status status = now.isAfter(interview.deadline())
                    ? VideoInterviewResult.Status.EXPIRED : VideoInterviewResult.Status.INVITED;
            return new VideoInterviewResult(status, null, List.of(), Map.of());
        }
        List<VideoResponse> responses = interview.questions().stream()
                .map(question -> new VideoResponse(question,
                        URI.create("https://sandbox.invalid/recordings/" + interview.id() + "/" + Math.floorMod(question.hashCode(), 10_000)),
                        "(sandbox) The candidate's answer to: " + question))
                .toList();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        RATED.forEach(competency -> ratings.put(competency,
                50 + Math.floorMod((interview.candidateEmail().toLowerCase() + competency).hashCode(), 50)));
        return new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED, null, responses, ratings);
    }

    @Override
    public void cancel(String interviewId) {
        interviewsById.computeIfPresent(interviewId, (id, interview) -> interview.cancel());
    }

    @Override
    public void eraseCandidate(String candidateEmail) {
        interviewsById.values().removeIf(interview -> interview.candidateEmail().equalsIgnoreCase(candidateEmail));
        interviewsByKey.values().removeIf(interview -> interview.candidateEmail().equalsIgnoreCase(candidateEmail));
    }

    private record Interview(String id, String candidateEmail, List<String> questions, Instant sentAt, Instant deadline,
                             Duration answersAfter, boolean cancelled) {

        Interview cancel() {
            return new Interview(id, candidateEmail, questions, sentAt, deadline, answersAfter, true);
        }
    }
}
