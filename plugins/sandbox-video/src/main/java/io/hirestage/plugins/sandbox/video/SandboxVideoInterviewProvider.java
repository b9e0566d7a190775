package io.hirestage.plugins.sandbox.video;

import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewMode;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.VideoResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Extension;

/**
 * A one-way video interview vendor that lives in memory: a candidate "answers" every question a
 * little while after the invitation, with a transcript that names the question. Labelled SANDBOX
 * everywhere an admin or recruiter sees it.
 */
@Extension
public class SandboxVideoInterviewProvider implements VideoInterviewProvider {

    static final Duration ANSWERS_AFTER = Duration.ofSeconds(30);

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("sandbox-video",
            "Sandbox video interviews (SANDBOX)", "Hirestage",
            "A pretend one-way video interview vendor without a network: candidates answer after "
                    + ANSWERS_AFTER.toSeconds() + " seconds. For demos and tests only.",
            null);

    private final Clock clock;
    private final Map<String, Interview> interviewsByKey = new ConcurrentHashMap<>();
    private final Map<String, Interview> interviewsById = new ConcurrentHashMap<>();

    /** The constructor PF4J uses. */
    public SandboxVideoInterviewProvider() {
        this(Clock.systemUTC());
    }

    SandboxVideoInterviewProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<VideoInterviewMode> modes() {
        return Set.of(VideoInterviewMode.ONE_WAY);
    }

    @Override
    public VideoInvitation inviteOneWay(OneWayInterviewRequest request) {
        if (request.questions().isEmpty()) {
            throw new ProviderException("A one-way interview needs at least one question", false);
        }
        Interview interview = interviewsByKey.computeIfAbsent(request.idempotencyKey(),
                key -> new Interview("sbv-" + Integer.toHexString(key.hashCode()) + "-" + interviewsById.size(),
                        request.questions(), clock.instant(), request.deadline()));
        interviewsById.putIfAbsent(interview.id(), interview);
        return new VideoInvitation(interview.id(), URI.create("https://sandbox.invalid/interviews/" + interview.id()),
                interview.deadline());
    }

    @Override
    public VideoInterviewResult result(String interviewId) {
        Interview interview = interviewsById.get(interviewId);
        if (interview == null) {
            throw new ProviderException("The sandbox knows no interview '" + interviewId + "'", false);
        }
        Instant now = clock.instant();
        if (now.isBefore(interview.sentAt().plus(ANSWERS_AFTER))) {
            VideoInterviewResult.Status status = now.isAfter(interview.deadline())
                    ? VideoInterviewResult.Status.EXPIRED : VideoInterviewResult.Status.INVITED;
            return new VideoInterviewResult(status, List.of());
        }
        List<VideoResponse> responses = interview.questions().stream()
                .map(question -> new VideoResponse(question,
                        URI.create("https://sandbox.invalid/recordings/" + interview.id() + "/" + Math.abs(question.hashCode())),
                        "(sandbox) The candidate's answer to: " + question))
                .toList();
        return new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED, responses);
    }

    private record Interview(String id, List<String> questions, Instant sentAt, Instant deadline) {
    }
}
