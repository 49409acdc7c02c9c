package com.crosscheck.accounts.internal;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Signs users in from the {@code app_user} table. A disabled user is loaded as disabled, so Spring Security
 * refuses the sign-in. The user gets every role their role reaches in the hierarchy (an admin also holds
 * ROLE_ANALYST and ROLE_VIEWER), so that Vaadin's {@code @RolesAllowed}, which asks the request's
 * {@code isUserInRole} and knows no hierarchy, agrees with {@code hasRole} in URL rules and method security.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final RoleHierarchy hierarchy;

    DatabaseUserDetailsService(UserRepository users, RoleHierarchy hierarchy) {
        this.users = users;
        this.hierarchy = hierarchy;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserEntity user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(hierarchy.getReachableGrantedAuthorities(
                        List.of(new SimpleGrantedAuthority(user.role().authority()))))
                .disabled(!user.enabled())
                .build();
    }
}
