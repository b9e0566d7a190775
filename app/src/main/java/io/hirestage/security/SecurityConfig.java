package io.hirestage.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.hirestage.security.ui.LoginView;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Every view is denied unless it says who may see it ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}); services repeat the check with method security. Logins go through the
 * {@link LoginThrottle} before the password is checked; sessions are tracked so that
 * {@link UserSessions} can end them.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Where the login page shows that logins are paused ({@link LoginView} reads the parameter). */
    static final String LOGINS_PAUSED_URL = "/login?" + LoginView.LOGINS_PAUSED;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle,
                                            SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Vendors' webhooks and invitation callbacks, with whatever method a vendor uses: no login and no CSRF
                // token; the provider verifies each webhook's signature, and a callback's token is the portal's signature.
                .requestMatchers("/hooks/*", "/hooks/*/callbacks/*").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token. Vaadin would also exempt the login form; it is not
        // exempt here (login CSRF would log a recruiter into someone else's account): the login form sends
        // the Spring token, which Vaadin writes into the page.
        // Webhooks first: Vaadin's matcher reads request parameters, which would consume a form-encoded
        // webhook body before the provider could check its signature.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/hooks/*", "/hooks/*/callbacks/*")
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        SecurityHeaders.apply(http);
        // Asked first; when it does not refuse, the password is checked against the user database.
        http.authenticationProvider(new LoginThrottleCheck(throttle));
        // Any number of sessions per user, each registered, so that one can be ended from elsewhere.
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
                .sessionRegistry(sessionRegistry).expiredSessionStrategy(new ExpiredSessionContinuesLoggedOut())));
        // Any other address needs a login and is then Vaadin's to answer, so that a signed-in person who
        // follows a wrong link sees the portal's "Page not found" (Vaadin's default denies it with an empty 403).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // After Vaadin's configurer: set up first, the form login would not yet know the login view and
        // Spring Security would serve its own generated login page instead.
        http.formLogin(form -> form.failureHandler(loginFailures()));
        return http.build();
    }

    private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LoginsPausedException.class.getName(), LOGINS_PAUSED_URL));
        return failures;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id (Spring Boot registers it with the server). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
