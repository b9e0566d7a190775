package io.hirestage.security;

import io.hirestage.base.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who can log in to the portal. */
@Entity
@Table(name = "user_account")
class UserAccount implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, unique = true, length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    /** Set when an admin chose the password (a new account, a reset): only its user should know it. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The SHA-256 (hex) of an invitation link's secret, while the link is open; the secret itself is never stored. */
    @Column(name = "setup_token_hash", length = 64)
    private String setupTokenHash;

    @Column(name = "setup_token_expires_at")
    private Instant setupTokenExpiresAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String fullName, String email, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @Override
    public long getVersion() {
        return version;
    }

    void changeProfile(String fullName, String email, Set<Role> roles) {
        this.fullName = fullName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** An admin chose this password: its user chooses their own before anything else. */
    void setPasswordChosenByAdmin(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    /** The user chose this password themselves. */
    void setPasswordChosenByUser(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void openSetupLink(String tokenHash, Instant expiresAt) {
        this.setupTokenHash = tokenHash;
        this.setupTokenExpiresAt = expiresAt;
    }

    /** Whether the invitation link still works: open, not expired, for an account that is enabled. */
    boolean setupLinkWorksAt(Instant now) {
        return setupTokenHash != null && enabled && now.isBefore(setupTokenExpiresAt);
    }

    /** The user chose their first password through the link, which now stops working. */
    void setPasswordFromSetupLink(String passwordHash) {
        setPasswordChosenByUser(passwordHash);
        this.setupTokenHash = null;
        this.setupTokenExpiresAt = null;
    }

    User toUser() {
        return new User(id, username, fullName, email, getRoles(), enabled, createdAt, version);
    }
}
