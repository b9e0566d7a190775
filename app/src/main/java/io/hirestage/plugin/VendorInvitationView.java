package io.hirestage.plugin;

import java.time.Instant;

/**
 * An invitation at a vendor as the feature that sent it sees it.
 *
 * @param requestKey    the idempotency key of the request that sent it, to find it by
 * @param result        the vendor's last answer as JSON (an AssessmentResult or VideoInterviewResult)
 * @param problem       why the answer was not trusted, for {@link VendorInvitationStatus#VENDOR_ERROR}
 */
public record VendorInvitationView(String requestKey, String providerId, String vendorId, OutboundOperation operation,
                                   VendorInvitationStatus status, String result, String problem, Instant lastCheckedAt) {
}
