package io.hirestage.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security calls this after a successful login whose stored hash is of an older kind (bcrypt
 * from before Argon2): the password is at hand only then, so that is when the hash is replaced.
 */
@Service
class PasswordHashUpgrade implements UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashUpgrade.class);

    private final UserAccountRepository accounts;

    PasswordHashUpgrade(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        accounts.findByUsername(user.getUsername()).ifPresent(account -> {
            account.setPasswordHash(newEncodedPassword);
            log.info("Upgraded the password hash of '{}' to {}", user.getUsername(), PasswordHashing.ID);
        });
        return org.springframework.security.core.userdetails.User.withUserDetails(user).password(newEncodedPassword).build();
    }
}
