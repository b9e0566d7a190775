package io.hirestage.plugin;

import java.time.Instant;

/**
 * An invitation the portal no longer follows, as the admin's "Needs attention" list shows it.
 *
 * @param problem      why it stopped: the last failed check's reason, the vendor's refusal, or why its answer was not trusted
 * @param failedChecks checks that failed in a row before it was parked; 0 when the vendor refused or answered with
 *                     something the portal does not trust
 * @param parkedAt     when it was last checked, which is when it stopped being followed
 */
public record ParkedInvitation(String requestKey, String providerId, String vendorId, OutboundOperation operation, String problem,
                               int failedChecks, Instant parkedAt) {
}
