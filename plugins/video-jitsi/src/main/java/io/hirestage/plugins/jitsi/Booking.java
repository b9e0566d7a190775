package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.ProviderException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * A booked interview as this plugin keeps it in the portal's storage: the room and the times, and
 * whether the portal cancelled it. No names or addresses, so there is nothing here to erase.
 *
 * @param interviewId the id the portal follows the interview by
 * @param room        the Jitsi room name
 * @param start       when the interview starts
 * @param end         when it is booked to end
 * @param bookedAt    when it was booked, the calendar invitation's time stamp
 * @param cancelled   whether the portal cancelled it
 */
record Booking(String interviewId, String room, Instant start, Instant end, Instant bookedAt, boolean cancelled) {

    private static final String FORMAT = "1";

    Booking cancel() {
        return new Booking(interviewId, room, start, end, bookedAt, true);
    }

    /** The stored form: a format number and the fields, separated by bars (no field can hold one). */
    String encode() {
        return String.join("|", FORMAT, room, start.toString(), end.toString(), bookedAt.toString(), cancelled ? "cancelled" : "booked");
    }

    static Booking decode(String interviewId, String stored) {
        String[] fields = stored.split("\\|", -1);
        if (fields.length != 6 || !FORMAT.equals(fields[0]) || !(fields[5].equals("booked") || fields[5].equals("cancelled"))) {
            throw unreadable(interviewId, null);
        }
        try {
            return new Booking(interviewId, fields[1], Instant.parse(fields[2]), Instant.parse(fields[3]), Instant.parse(fields[4]),
                    fields[5].equals("cancelled"));
        } catch (DateTimeException e) {
            throw unreadable(interviewId, e);
        }
    }

    private static ProviderException unreadable(String interviewId, Exception cause) {
        return new ProviderException("What this plugin stored about interview " + interviewId + " cannot be read", false, cause);
    }
}
