package io.hirestage.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findBySetupTokenHash(String setupTokenHash);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    @Query("""
            select u from UserAccount u
            where :text is null
               or lower(u.username) like :text or lower(u.fullName) like :text or lower(u.email) like :text
            """)
    Page<UserAccount> search(@Param("text") String lowerCasePattern, Pageable pageable);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.fullName")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    @Query("select count(u) from UserAccount u join u.roles r where r = io.hirestage.security.Role.ADMIN and u.enabled = true")
    long countEnabledAdmins();
}
