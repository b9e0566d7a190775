package io.hirestage.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for other features: pickers of hiring managers and interviewers, names on openings. */
@Service
public class UserDirectory {

    private final UserAccountRepository accounts;

    UserDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled users with the role, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<User> withRole(Role role) {
        return accounts.findEnabledWithRole(role).stream().map(UserAccount::toUser).toList();
    }

    /** The users with these ids, by id; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, User> byIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::toUser).collect(Collectors.toMap(User::id, Function.identity()));
    }

    /** The logged-in user's id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Long currentUserId() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return accounts.findByUsername(username).map(UserAccount::getId).orElse(-1L);
    }

    /** The logged-in user's id; empty for background work that runs as no user of the directory. */
    @Transactional(readOnly = true)
    public Optional<Long> currentUserIdIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : accounts.findByUsername(authentication.getName()).map(UserAccount::getId);
    }

    /** The enabled users with these user names (any case), by their user name; unknown names are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, User> enabledByUsername(Collection<String> usernames) {
        return usernames.stream().map(Usernames::canonical).distinct().map(accounts::findByUsername).flatMap(Optional::stream)
                .map(UserAccount::toUser).filter(User::enabled).collect(Collectors.toMap(User::username, Function.identity()));
    }

    /** How histories name the logged-in user: their full name, or the actor name of background work ("system"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String currentUserName() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return accounts.findByUsername(username).map(account -> account.toUser().fullName()).orElse(username);
    }
}
