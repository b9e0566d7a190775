package io.hirestage.privacy;

import io.hirestage.audit.AuditLog;
import io.hirestage.base.Countries;
import io.hirestage.base.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention policies per country, with {@value PrivacyNotices#EVERY_OTHER_COUNTRY} for every country
 * without one. Without any policy nothing is erased by the retention run: a portal keeps data until
 * an admin decides how long, rather than erasing on a default nobody chose.
 */
@Service
public class RetentionPolicies {

    /** How long a consent holds where no policy says (two years, a common choice for talent pools). */
    static final int DEFAULT_CONSENT_MONTHS = 24;

    static final int MAX_MONTHS = 120;

    private final RetentionPolicyRepository policies;
    private final AuditLog auditLog;
    private final Clock clock;

    RetentionPolicies(RetentionPolicyRepository policies, AuditLog auditLog, Clock clock) {
        this.policies = policies;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every policy, every other country's first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RetentionPolicyView> all() {
        return policies.findAllByOrderByCountry().stream().map(RetentionPolicy::toView)
                .sorted(Comparator.comparing((RetentionPolicyView policy) -> !PrivacyNotices.EVERY_OTHER_COUNTRY.equals(policy.country()))
                        .thenComparing(RetentionPolicyView::countryName))
                .toList();
    }

    /** The policy for a candidate of this country: its own, or every other country's, if there is one. */
    Optional<RetentionPolicyView> forCountry(String country) {
        return (country == null ? Optional.<RetentionPolicy>empty() : policies.findByCountry(country))
                .or(() -> policies.findByCountry(PrivacyNotices.EVERY_OTHER_COUNTRY)).map(RetentionPolicy::toView);
    }

    /** How many months a consent given by a candidate of this country holds. */
    int consentMonths(String country) {
        return forCountry(country).map(RetentionPolicyView::consentMonths).orElse(DEFAULT_CONSENT_MONTHS);
    }

    /**
     * Sets a country's policy, adding it if it has none.
     *
     * @param seenVersion the version the admin edited, or {@code null} for a new policy
     * @throws PrivacyRejectedException for an unknown country or months outside 1 to {@value #MAX_MONTHS}
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public RetentionPolicyView save(String country, int keepMonths, int consentMonths, Long seenVersion) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!PrivacyNotices.EVERY_OTHER_COUNTRY.equals(code) && !Countries.isKnown(code)) {
            throw new PrivacyRejectedException("Choose a country, or every other country");
        }
        if (keepMonths < 1 || keepMonths > MAX_MONTHS || consentMonths < 1 || consentMonths > MAX_MONTHS) {
            throw new PrivacyRejectedException("Give months from 1 to " + MAX_MONTHS);
        }
        String name = PrivacyNotices.countryName(code);
        Optional<RetentionPolicy> stored = policies.findByCountry(code);
        if (stored.isPresent() && seenVersion == null) {
            throw new PrivacyRejectedException(name + " has a policy already; change that one");
        }
        RetentionPolicy policy = stored.orElseGet(() -> new RetentionPolicy(code));
        if (seenVersion != null) {
            StaleCheck.require(policy, seenVersion, "The retention policy for " + name);
        }
        policy.change(keepMonths, consentMonths, clock.instant(), SecurityContextHolder.getContext().getAuthentication().getName());
        RetentionPolicyView saved = policies.saveAndFlush(policy).toView();
        auditLog.record("Retention policy", code, "saved", name + ": data kept " + keepMonths + " months after the last activity, "
                + "consents hold " + consentMonths + " months");
        return saved;
    }
}
