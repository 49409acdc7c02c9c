package com.crosscheck.accounts.internal;

import com.crosscheck.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** User rows; used only by the accounts module. */
public interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByUsernameIgnoreCase(String username);

    long countByRoleAndEnabledTrue(Role role);
}
