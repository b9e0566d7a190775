package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.ProviderStorage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The interviews this plugin booked, kept in the portal's storage so that they outlive a restart:
 * {@code booking/<hash of the idempotency key>} holds the interview id, {@code interview/<id>} the
 * {@link Booking}. Jitsi itself has no bookings: a room exists while someone is in it.
 */
final class Bookings {

    private final ProviderStorage storage;

    Bookings(ProviderStorage storage) {
        this.storage = storage;
    }

    /**
     * The booking made for this idempotency key, made now from {@code newBooking} if there is none.
     * Two calls with the same key at once (on two portal nodes, say) end with the same booking: the
     * key's entry is claimed atomically, and the loser forgets the booking it made.
     */
    Booking bookOnce(String idempotencyKey, Supplier<Booking> newBooking) {
        String requestKey = "booking/" + sha256(idempotencyKey);
        Optional<String> known = storage.get(requestKey);
        if (known.isPresent()) {
            return find(known.get()).orElseThrow(() -> lost(known.get()));
        }
        Booking fresh = newBooking.get();
        // The booking is stored before the key points at it, so whoever reads the key finds it.
        String winner;
        try {
            storage.put(interviewKey(fresh.interviewId()), fresh.encode());
            winner = storage.putIfAbsent(requestKey, fresh.interviewId());
        } catch (IllegalArgumentException e) {
            throw full(e);
        }
        if (winner.equals(fresh.interviewId())) {
            return fresh;
        }
        storage.remove(interviewKey(fresh.interviewId()));
        return find(winner).orElseThrow(() -> lost(winner));
    }

    /** The booking with this id, if this plugin made it. */
    Optional<Booking> find(String interviewId) {
        if (!RandomNames.isInterviewId(interviewId)) {
            return Optional.empty();
        }
        return storage.get(interviewKey(interviewId)).map(stored -> Booking.decode(interviewId, stored));
    }

    /** Marks the booking cancelled; nothing happens to one that is already. */
    void cancel(Booking booking) {
        if (!booking.cancelled()) {
            try {
                storage.put(interviewKey(booking.interviewId()), booking.cancel().encode());
            } catch (IllegalArgumentException e) {
                throw full(e);
            }
        }
    }

    private static String interviewKey(String interviewId) {
        return "interview/" + interviewId;
    }

    /** Any idempotency key fits the storage's key limit this way, and the portal's keys are not repeated in it. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static ProviderException lost(String interviewId) {
        return new ProviderException("The portal's storage names interview " + interviewId + " but holds no booking for it", false);
    }

    /** Keys and values here are always within the limits, so the storage refuses them only when it is full. */
    private static ProviderException full(IllegalArgumentException e) {
        return new ProviderException("The portal's storage for this provider refused the booking: " + e.getMessage(), false, e);
    }
}
