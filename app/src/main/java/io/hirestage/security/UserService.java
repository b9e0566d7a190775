package io.hirestage.security;

import io.hirestage.base.PortalAddress;
import io.hirestage.base.StaleCheck;
import io.hirestage.audit.AuditLog;
import io.hirestage.audit.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Managing portal users: the admin's user list and form, and a user's own password. Every change is
 * validated here again (a view is no security or validation boundary) and written to the audit trail.
 */
@Service
@Validated
public class UserService {

    static final String AUDIT_TYPE = "User";

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALID_FOR = Duration.ofHours(72);

    /** What a link that no longer works says. */
    public static final String LINK_GONE = "This link no longer works: it was used already, or it expired. Ask an admin for a new one.";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final UserSessions sessions;
    private final Clock clock;
    private final PortalAddress portal;
    private final SecureRandom random = new SecureRandom();

    UserService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, UserSessions sessions, Clock clock,
                PortalAddress portal) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.clock = clock;
        this.portal = portal;
    }

    /**
     * Adds a user who chooses their own first password through a one-time link, so no admin ever
     * knows it. The link is returned once, to be passed on; the portal keeps only its SHA-256.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public Invitation invite(@Valid UserDraft draft) {
        UserAccount account = createAccount(draft, unguessable(), false);
        String token = unguessable();
        Instant expiresAt = clock.instant().plus(INVITATION_VALID_FOR);
        account.openSetupLink(sha256(token), expiresAt);
        User user = accounts.saveAndFlush(account).toUser();
        auditLog.record(AUDIT_TYPE, user.username(), "invited", "Invited " + user.fullName() + " <" + user.email() + "> with roles "
                + describe(user.roles()) + "; the link works until " + expiresAt);
        return new Invitation(user, portal.link("welcome/" + token), expiresAt);
    }

    /** Who an invitation link is for, while it works; empty for a link used, expired, unknown or of a disabled account. */
    @Transactional(readOnly = true)
    public Optional<User> invitee(String token) {
        return openLink(token).map(UserAccount::toUser);
    }

    /**
     * The invited user chooses their first password; the link stops working.
     *
     * @throws UserChangeRejectedException on the password field when the rule refuses it, or when the link no longer works
     */
    @Transactional
    public User choosePasswordFromInvitation(String token, String password) {
        UserAccount account = openLink(token).orElseThrow(() -> new UserChangeRejectedException(UserChangeRejectedException.Field.NONE,
                LINK_GONE));
        requireStrong(password, account.getUsername());
        account.setPasswordFromSetupLink(passwordEncoder.encode(password));
        auditLog.recordEvent(account.getUsername(), AUDIT_TYPE, account.getUsername(), "password chosen",
                account.getFullName() + " chose their password through the invitation link");
        return accounts.saveAndFlush(account).toUser();
    }

    private Optional<UserAccount> openLink(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return accounts.findBySetupTokenHash(sha256(token)).filter(account -> account.setupLinkWorksAt(clock.instant()));
    }

    /** 256 random bits, URL-safe: an invitation's secret, or a password nobody knows. */
    private String unguessable() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Users whose user name, full name or email contains the text (any case); all when it is blank. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<User> list(String text, Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        return accounts.search(pattern, pageable).map(UserAccount::toUser);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public User create(@Valid UserDraft draft, String initialPassword) {
        User user = createAccount(draft, initialPassword, true).toUser();
        auditLog.record(AUDIT_TYPE, user.username(), "created",
                "Created " + user.fullName() + " <" + user.email() + "> with roles " + describe(user.roles()));
        return user;
    }

    /**
     * Changes name, email and roles. The user name never changes: the audit trail refers to it.
     *
     * @param expectedVersion the version the admin saw; if someone saved in between, nothing is changed
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public User update(long id, long expectedVersion, @Valid UserDraft draft) {
        UserAccount account = find(id);
        StaleCheck.require(account, expectedVersion, "The account of " + account.getUsername());
        String email = draft.getEmail().trim();
        if (accounts.existsByEmailIgnoreCaseAndIdNot(email, id)) {
            throw new UserChangeRejectedException(UserChangeRejectedException.Field.EMAIL, "Another user already has this email address");
        }
        if (account.getRoles().contains(Role.ADMIN) && !draft.getRoles().contains(Role.ADMIN) && account.isEnabled()) {
            refuseIfLastAdmin(UserChangeRejectedException.Field.ROLES, "remove the Admin role from");
        }
        User before = account.toUser();
        account.changeProfile(draft.getFullName().trim(), email, draft.getRoles());
        User user = accounts.saveAndFlush(account).toUser();
        auditLog.record(AUDIT_TYPE, user.username(), "updated", "Updated " + user.fullName(), Changes.compare()
                .field("Name", before.fullName(), user.fullName()).field("Email", before.email(), user.email())
                .field("Roles", describe(before.roles()), describe(user.roles())));
        return user;
    }

    /** Disables or enables a user. A disabled user cannot log in and is logged out everywhere; their history stays. */
    @RolesAllowed("ADMIN")
    @Transactional
    public User setEnabled(long id, boolean enabled) {
        UserAccount account = find(id);
        if (account.isEnabled() == enabled) {
            return account.toUser();
        }
        if (!enabled) {
            if (account.getUsername().equals(currentUsername())) {
                throw new UserChangeRejectedException(UserChangeRejectedException.Field.ENABLED, "You cannot disable your own account");
            }
            if (account.getRoles().contains(Role.ADMIN)) {
                refuseIfLastAdmin(UserChangeRejectedException.Field.ENABLED, "disable");
            }
        }
        account.setEnabled(enabled);
        User user = accounts.saveAndFlush(account).toUser();
        if (!enabled) {
            sessions.endAll(user.username());
        }
        auditLog.record(AUDIT_TYPE, user.username(), enabled ? "enabled" : "disabled",
                (enabled ? "Enabled " : "Disabled ") + user.fullName());
        return user;
    }

    /**
     * Sets a new password for a user who forgot theirs, or whose password someone else may know: every
     * session of theirs ends. The audit trail records that, never the password.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = find(id);
        requireStrong(newPassword, account.getUsername());
        account.setPasswordChosenByAdmin(passwordEncoder.encode(newPassword));
        sessions.endAll(account.getUsername());
        auditLog.record(AUDIT_TYPE, account.getUsername(), "password reset", "An admin set a new password for " + account.getFullName());
    }

    /**
     * The logged-in user changes their own password, proving they know the current one. Their other
     * sessions end (someone who knew the old password may be in one); this one goes on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(currentUsername())
                .orElseThrow(() -> new IllegalStateException("The logged-in user no longer exists"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserChangeRejectedException(UserChangeRejectedException.Field.NONE, "The current password is not right");
        }
        requireStrong(newPassword, account.getUsername());
        account.setPasswordChosenByUser(passwordEncoder.encode(newPassword));
        sessions.endAllButCurrent(account.getUsername());
        auditLog.record(AUDIT_TYPE, account.getUsername(), "password changed", account.getFullName() + " changed their password");
    }

    /**
     * Whether the logged-in user must choose their own password before anything else: an admin chose
     * the one they logged in with. False for nobody logged in.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        String username = CurrentUser.username();
        return username != null && accounts.findByUsername(username).map(UserAccount::mustChangePassword).orElse(false);
    }

    /** The logged-in user, for the user menu. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<User> currentUser() {
        return accounts.findByUsername(currentUsername()).map(UserAccount::toUser);
    }

    /** For start-up tasks only (no user is logged in then): whether the portal has any user yet. */
    boolean hasAnyUser() {
        return accounts.count() > 0;
    }

    /** For start-up tasks only: creates a user when no user of that name exists yet. */
    @Transactional
    void createAtStartupIfMissing(UserDraft draft, String password) {
        if (accounts.existsByUsernameIgnoreCase(draft.getUsername())) {
            return;
        }
        User user = createAccount(draft, password, false).toUser();
        auditLog.record(AUDIT_TYPE, user.username(), "created",
                "Created at start-up with roles " + describe(user.roles()));
    }

    /** @param adminChosePassword whether an admin chose the password, so its user must choose their own */
    private UserAccount createAccount(UserDraft draft, String password, boolean adminChosePassword) {
        String username = Usernames.canonical(draft.getUsername());
        String email = draft.getEmail().trim();
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new UserChangeRejectedException(UserChangeRejectedException.Field.USERNAME, "The user name " + username + " is taken");
        }
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw new UserChangeRejectedException(UserChangeRejectedException.Field.EMAIL, "Another user already has this email address");
        }
        requireStrong(password, username);
        UserAccount account = new UserAccount(username, draft.getFullName().trim(), email, passwordEncoder.encode(password),
                draft.getRoles(), clock.instant());
        if (adminChosePassword) {
            account.setPasswordChosenByAdmin(account.getPasswordHash());
        }
        return accounts.saveAndFlush(account);
    }

    private void refuseIfLastAdmin(UserChangeRejectedException.Field field, String what) {
        if (accounts.countEnabledAdmins() <= 1) {
            throw new UserChangeRejectedException(field,
                    "You cannot " + what + " the last enabled admin: nobody could manage the portal any more");
        }
    }

    private static void requireStrong(String password, String username) {
        PasswordPolicy.problemWith(password, username).ifPresent(problem -> {
            throw new UserChangeRejectedException(UserChangeRejectedException.Field.PASSWORD, problem);
        });
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserChangeRejectedException(
                UserChangeRejectedException.Field.NONE, "This user no longer exists"));
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String describe(Set<Role> roles) {
        return roles.stream().sorted().map(Role::displayName).collect(Collectors.joining(", "));
    }
}
