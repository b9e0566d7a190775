package io.hirestage.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers that tell the browser what the portal's pages may do (ASVS 5.0 V3). Spring
 * Security adds {@code X-Content-Type-Options}, {@code X-Frame-Options} and, over HTTPS only, HSTS;
 * this adds the content security policy, the referrer and the permissions policies.
 */
final class SecurityHeaders {

    /**
     * Everything from the portal itself, nothing framed, no plugins. Vaadin needs the two
     * {@code unsafe-} sources: its bootstrap page runs an inline script, and Flow runs the
     * JavaScript the server sends ({@code executeJs}, renderers) through {@code Function}. Every
     * other source stays closed, so an injected script could still not load code or send data
     * anywhere but to the portal.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** No page needs these; a vendor's page the portal links to gets none of them from it. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Portal addresses name candidates and openings; vendors' sites need not learn them.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(365L * 24 * 60 * 60).includeSubDomains(true))
                // Written before the page, not when Spring sees the response commit: Vaadin writes its
                // bootstrap page in a way the lazy writer misses, and the page went out without them.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
