package io.hirestage.privacy;

import io.hirestage.audit.AuditLog;
import io.hirestage.base.Countries;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy notice candidates are shown, per country, with {@value #EVERY_OTHER_COUNTRY} for every
 * country without one of its own. Publishing adds a version; earlier versions stay, because the
 * consents given under them name them.
 */
@Service
public class PrivacyNotices {

    /** Stands for every country without a notice (or retention policy) of its own. */
    public static final String EVERY_OTHER_COUNTRY = "*";

    static final int MAX_TEXT = 20_000;

    private final PrivacyNoticeRepository notices;
    private final AuditLog auditLog;
    private final Clock clock;

    PrivacyNotices(PrivacyNoticeRepository notices, AuditLog auditLog, Clock clock) {
        this.notices = notices;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What a notice or retention policy can be for: every other country first, then each country by name. */
    public static List<String> choices() {
        return Stream.concat(Stream.of(EVERY_OTHER_COUNTRY), Countries.all().stream()).toList();
    }

    /** "Germany", or "Every other country" for {@value #EVERY_OTHER_COUNTRY}. */
    public static String countryName(String country) {
        return EVERY_OTHER_COUNTRY.equals(country) ? "Every other country" : Countries.name(country);
    }

    /** The notice in force for a candidate of this country (none: every other country's). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PrivacyNoticeView inForce(String country) {
        return currentFor(country).toView();
    }

    PrivacyNotice currentFor(String country) {
        return (country == null ? Optional.<PrivacyNotice>empty() : notices.findFirstByCountryOrderByVersionDesc(country))
                .or(() -> notices.findFirstByCountryOrderByVersionDesc(EVERY_OTHER_COUNTRY))
                .orElseThrow(() -> new PrivacyRejectedException("No privacy notice is published; an admin publishes one under Privacy"));
    }

    /** The latest version for each country, every other country's first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PrivacyNoticeView> current() {
        Map<String, PrivacyNoticeView> latest = new LinkedHashMap<>();
        notices.findAllByOrderByCountryAscVersionDesc().stream().map(PrivacyNotice::toView)
                .forEach(notice -> latest.putIfAbsent(notice.country(), notice));
        return latest.values().stream()
                .sorted(Comparator.comparing((PrivacyNoticeView notice) -> !EVERY_OTHER_COUNTRY.equals(notice.country()))
                        .thenComparing(notice -> countryName(notice.country())))
                .toList();
    }

    /**
     * Publishes a new version of a country's notice.
     *
     * @param country an ISO 3166 code, or {@value #EVERY_OTHER_COUNTRY}
     * @throws PrivacyRejectedException for an unknown country or a blank or over-long text
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public PrivacyNoticeView publish(String country, String text) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!EVERY_OTHER_COUNTRY.equals(code) && !Countries.isKnown(code)) {
            throw new PrivacyRejectedException("Choose a country, or every other country");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new PrivacyRejectedException("Write the notice's text");
        }
        if (body.length() > MAX_TEXT) {
            throw new PrivacyRejectedException("Keep the notice under " + MAX_TEXT + " characters; link to a longer policy instead");
        }
        int version = notices.findFirstByCountryOrderByVersionDesc(code).map(notice -> notice.toView().version() + 1).orElse(1);
        String admin = SecurityContextHolder.getContext().getAuthentication().getName();
        PrivacyNoticeView published = notices.saveAndFlush(new PrivacyNotice(code, version, body, clock.instant(), admin)).toView();
        auditLog.record("Privacy notice", code, "published", "Published " + published.label());
        return published;
    }
}
