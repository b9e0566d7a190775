package io.hirestage.plugins.oneway;

import io.hirestage.plugin.api.ProviderStorage;
import io.hirestage.plugin.api.WebhookRejectedException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The webhook events this provider accepted, kept in the portal's storage so that every node and a
 * restarted portal know them. An event id is taken once ({@code putIfAbsent}): the same event
 * delivered again (the vendor retrying, or a capture played back within the time tolerance) is
 * recognised and handed on under the same id, which the portal acknowledges and ignores; an event id
 * the vendor reuses for another participant or event type is refused, because the portal would
 * silently drop it as a repeat.
 *
 * <p>Records are forgotten where it is cheap: each is also listed under the hour it was accepted in
 * ({@code webhook-hour:<hour>:<n>}, numbered from 0 without gaps), and an hour's records are removed
 * three hours later. By then any delivery of theirs fails the time check anyway, since the tolerance
 * is at most an hour, so the storage holds only the last few hours' events.
 */
final class AcceptedWebhookEvents {

    static final long MAX_TOLERANCE_SECONDS = 3600;
    private static final long HOUR_SECONDS = 3600;
    private static final long HOURS_KEPT = 3;
    /** After a long quiet spell, old hours are cleared a day at a time so no delivery waits long. */
    private static final int MOST_HOURS_CLEARED_AT_ONCE = 24;
    private static final String CLEARED_THROUGH = "webhook-hours-cleared-through";

    private final ProviderStorage storage;
    /** Where this node starts looking for a free slot in an hour; other nodes may have taken more. */
    private final AtomicReference<Slot> nextSlot = new AtomicReference<>(new Slot(Long.MIN_VALUE, 0));
    private volatile long clearedThrough = Long.MIN_VALUE;

    private record Slot(long hour, int number) {
    }

    AcceptedWebhookEvents(ProviderStorage storage) {
        this.storage = storage;
    }

    /**
     * Records the delivery's event the first time, and tells whether it was seen before.
     *
     * @return {@code true} for an event seen for the first time, {@code false} for a repeat
     * @throws WebhookRejectedException when the event id was accepted before for another participant or event type
     */
    boolean accept(SignedWebhooks.Delivery delivery, Instant now) {
        String recordKey = "webhook-event:" + VendorText.sha256(delivery.eventId());
        String what = delivery.participantId() + " " + delivery.eventType();
        // A mark of this very call, so that the answer tells a first acceptance from a repeat with the same content.
        String mine = UUID.randomUUID() + " " + what;
        String recorded = storage.putIfAbsent(recordKey, mine);
        if (recorded.equals(mine)) {
            long hour = Math.floorDiv(now.getEpochSecond(), HOUR_SECONDS);
            listUnderHour(recordKey, hour);
            clearHoursBefore(hour - HOURS_KEPT + 1);
            return true;
        }
        String recordedWhat = recorded.substring(recorded.indexOf(' ') + 1);
        if (!recordedWhat.equals(what)) {
            throw new WebhookRejectedException("The vendor sent event id " + delivery.eventId() + " again, now about " + what
                    + " instead of " + recordedWhat + "; the portal takes each event id once, so ask the vendor to give every event its own id",
                    false);
        }
        return false;
    }

    /** Takes the hour's lowest free slot for the record: slots stay numbered without gaps, across nodes too. */
    private void listUnderHour(String recordKey, long hour) {
        Slot hint = nextSlot.get();
        int number = hint.hour() == hour ? hint.number() : 0;
        while (!storage.putIfAbsent(slotKey(hour, number), recordKey).equals(recordKey)) {
            number++;
        }
        Slot taken = new Slot(hour, number + 1);
        nextSlot.accumulateAndGet(taken, (was, now) -> was.hour() == now.hour() && was.number() > now.number() ? was : now);
    }

    private void clearHoursBefore(long firstKeptHour) {
        if (clearedThrough >= firstKeptHour - 1) {
            return;
        }
        long through = storage.get(CLEARED_THROUGH).map(Long::parseLong).orElse(Long.MIN_VALUE);
        if (through == Long.MIN_VALUE) {
            // The first event this provider ever accepted: no older hour holds anything.
            storage.putIfAbsent(CLEARED_THROUGH, Long.toString(firstKeptHour - 1));
            clearedThrough = firstKeptHour - 1;
            return;
        }
        long last = Math.min(firstKeptHour - 1, through + MOST_HOURS_CLEARED_AT_ONCE);
        for (long hour = through + 1; hour <= last; hour++) {
            clearHour(hour);
            storage.put(CLEARED_THROUGH, Long.toString(hour));
        }
        clearedThrough = Math.max(last, through); // another node may have cleared further already
    }

    private void clearHour(long hour) {
        for (int number = 0; ; number++) {
            Optional<String> recordKey = storage.get(slotKey(hour, number));
            if (recordKey.isEmpty()) {
                return;
            }
            storage.remove(recordKey.get());
            storage.remove(slotKey(hour, number));
        }
    }

    private static String slotKey(long hour, int number) {
        return "webhook-hour:" + hour + ":" + number;
    }
}
