package io.hirestage.privacy;

import java.time.Instant;

/** A version of a privacy notice as admins and consents see it. */
public record PrivacyNoticeView(long id, String country, int version, String text, Instant publishedAt, String publishedBy) {

    /** "Germany, version 3", or "Every other country, version 1". */
    public String label() {
        return PrivacyNotices.countryName(country) + ", version " + version;
    }
}
