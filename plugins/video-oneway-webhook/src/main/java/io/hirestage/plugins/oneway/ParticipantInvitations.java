package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.ProviderStorage;
import io.hirestage.plugin.api.VideoInvitation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one participant per idempotency key, across restarts and nodes: the key is sent as the
 * participant's {@code reference} (the vendor answers a repeated reference with the same
 * participant), and the participant id is kept in the portal's storage under the key with
 * {@code putIfAbsent}. Each participant made here is also marked in the storage, so that a webhook
 * about a participant this portal never invited can be told apart.
 */
final class ParticipantInvitations {

    private final OneWayVendorClient vendor;
    private final ParticipantReading reading;
    private final ProviderStorage storage;
    private final System.Logger log;

    ParticipantInvitations(OneWayVendorClient vendor, ParticipantReading reading, ProviderStorage storage, System.Logger log) {
        this.vendor = vendor;
        this.reading = reading;
        this.storage = storage;
        this.log = log;
    }

    VideoInvitation invite(OneWayInterviewRequest request, String templateId) {
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()) {
            throw new ProviderException("The invitation has no idempotency key, so it could be sent twice; it was not sent", false);
        }
        if (request.candidateEmail() == null || request.candidateEmail().isBlank()) {
            throw new ProviderException("The candidate has no email address; the vendor sends the invitation by email", false);
        }
        String participantFor = participantForKey(request.idempotencyKey());
        Optional<String> known = storage.get(participantFor);
        if (known.isPresent()) {
            return reading.invitation(vendor.participant(known.get()));
        }
        VendorAnswer created = vendor.createParticipant(participantOf(request, templateId));
        String id = ParticipantReading.participantId(created);
        // Marked before the key points at it, so that a webhook coming at once is not taken for a stranger's.
        storage.put(participantKey(id), participantFor);
        String kept = storage.putIfAbsent(participantFor, id);
        if (!kept.equals(id)) {
            // Another node sent the same request at the same moment and the vendor made two participants: keep the first.
            withdrawQuietly(id);
            return reading.invitation(vendor.participant(kept));
        }
        return reading.invitation(created);
    }

    /** Whether this portal invited the participant. */
    boolean invitedHere(String participantId) {
        return storage.get(participantKey(participantId)).isPresent();
    }

    /** The participant as the vendor's {@code POST participants} takes it; the API 1.1 fields only when the portal has them. */
    private static Map<String, Object> participantOf(OneWayInterviewRequest request, String templateId) {
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("interview_template_id", templateId);
        participant.put("reference", request.idempotencyKey());
        putIfPresent(participant, "first_name", request.givenName());
        putIfPresent(participant, "last_name", request.familyName());
        putIfPresent(participant, "full_name", request.candidateName());
        participant.put("email", request.candidateEmail());
        if (request.deadline() != null) {
            participant.put("deadline", request.deadline().toString());
        }
        participant.put("questions", request.questions());
        putIfPresent(participant, "job_title", request.jobTitle());
        putIfPresent(participant, "opening_title", request.openingTitle());
        return participant;
    }

    private static void putIfPresent(Map<String, Object> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value);
        }
    }

    private void withdrawQuietly(String participantId) {
        try {
            vendor.withdraw(participantId);
            storage.remove(participantKey(participantId));
        } catch (ProviderException e) {
            log.log(System.Logger.Level.WARNING, "Participant {0} was invited twice for one request and could not be withdrawn: {1}",
                    participantId, e.getMessage());
        }
    }

    /** The storage key of the participant for an idempotency key; a key too long for the storage is hashed. */
    private static String participantForKey(String idempotencyKey) {
        String key = "participant-for:" + idempotencyKey;
        return key.length() <= ProviderStorage.MAX_KEY_LENGTH ? key : "participant-for-sha256:" + VendorText.sha256(idempotencyKey);
    }

    private static String participantKey(String participantId) {
        return "participant:" + participantId;
    }
}
