package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.VideoResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the vendor's participant into the portal's terms: the invitation ({@code id},
 * {@code invite_url}, {@code expires_at}) and the result ({@code status}, {@code responses} with
 * {@code question}, {@code media_url}, {@code transcript}; {@code score} and per-competency
 * {@code ratings} on the vendor's scale).
 */
final class ParticipantReading {

    /** What the portal calls the vendor's one score when the vendor rates no competency. */
    static final String OVERALL = "Overall score";

    private final ScoreScale scale;

    ParticipantReading(ScoreScale scale) {
        this.scale = scale;
    }

    /** The participant's id, held to the characters an id may have before it goes into a URL or the portal. */
    static String participantId(VendorAnswer participant) {
        String id = participant.text("id");
        if (!VendorText.isSafeId(id)) {
            throw new ProviderException(participant.what() + " has an id that is not 1 to 100 letters, digits, dots, dashes, "
                    + "underscores or colons", false);
        }
        return id;
    }

    VideoInvitation invitation(VendorAnswer participant) {
        return new VideoInvitation(participantId(participant), participant.webAddress("invite_url"), participant.instant("expires_at"));
    }

    VideoInterviewResult result(VendorAnswer participant) {
        String status = participant.text("status");
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "invited", "started" -> nothingYet(VideoInterviewResult.Status.INVITED);
            case "submitted" -> answered(participant, false);
            case "rated" -> answered(participant, true);
            case "expired" -> nothingYet(VideoInterviewResult.Status.EXPIRED);
            case "withdrawn" -> nothingYet(VideoInterviewResult.Status.CANCELLED);
            default -> throw new ProviderException(participant.what() + " has a status the protocol does not have: '"
                    + VendorText.shown(status, 40) + "'", false);
        };
    }

    private static VideoInterviewResult nothingYet(VideoInterviewResult.Status status) {
        return new VideoInterviewResult(status, null, List.of(), Map.of());
    }

    private VideoInterviewResult answered(VendorAnswer participant, boolean rated) {
        List<VideoResponse> responses = new ArrayList<>();
        for (Object entry : participant.list("responses")) {
            VendorAnswer response = entry instanceof Map<?, ?> fields ? new VendorAnswer(fields, participant.what() + ": a response")
                    : participant.wrongEntry("responses");
            responses.add(new VideoResponse(response.text("question"), response.webAddress("media_url"),
                    response.optionalText("transcript").orElse(null)));
        }
        if (responses.isEmpty()) {
            throw new ProviderException(participant.what() + " says the answers are in, but has no responses", false);
        }
        Map<String, Integer> ratings = ratings(participant);
        if (rated && ratings.isEmpty()) {
            throw new ProviderException(participant.what() + " says the answers are rated, but has no score or ratings", false);
        }
        return new VideoInterviewResult(VideoInterviewResult.Status.COMPLETED, null, responses, ratings);
    }

    /** Per-competency ratings as percentages; the overall score only when the vendor rates no competency. */
    private Map<String, Integer> ratings(VendorAnswer participant) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (Object entry : participant.list("ratings")) {
            VendorAnswer rating = entry instanceof Map<?, ?> fields ? new VendorAnswer(fields, participant.what() + ": a rating")
                    : participant.wrongEntry("ratings");
            String competency = VendorText.shown(rating.text("competency"), 100);
            ratings.put(competency, scale.percent(rating.value("score"), competency, participant.what()));
        }
        Object overall = participant.value("score");
        if (ratings.isEmpty() && overall != null) {
            ratings.put(OVERALL, scale.percent(overall, "the answers overall", participant.what()));
        }
        return ratings;
    }
}
