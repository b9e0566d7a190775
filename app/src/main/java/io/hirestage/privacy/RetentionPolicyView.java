package io.hirestage.privacy;

import java.time.Instant;

/**
 * A country's retention policy.
 *
 * @param country       an ISO 3166 code, or {@value PrivacyNotices#EVERY_OTHER_COUNTRY}
 * @param keepMonths    months a candidate's data is kept after the last thing that happened in their
 *                      applications (or after they were added, without any), once none is in the running
 *                      or hired, unless their talent-pool consent holds
 * @param consentMonths months a consent holds from the day it was given
 */
public record RetentionPolicyView(long id, String country, int keepMonths, int consentMonths, Instant changedAt, String changedBy,
                                  long version) {

    /** "Germany", or "Every other country". */
    public String countryName() {
        return PrivacyNotices.countryName(country);
    }
}
