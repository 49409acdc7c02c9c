package com.crosscheck.accounts.internal;

import com.crosscheck.accounts.AccountException;
import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.List;

/**
 * On a start with no users at all, creates the user {@code admin} (role ADMIN) so that somebody can sign in:
 * with the password from {@code crosscheck.admin.password} (env {@code CROSSCHECK_ADMIN_PASSWORD}), which is
 * never logged, or else with a random password printed once in a banner. It acts as a system admin for that one
 * call, because {@link UserService}'s changes need the ADMIN role.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    /** No look-alikes (0/O, 1/l/I), so the password can be typed from the log. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RANDOM_LENGTH = 16;

    private final UserService users;
    private final AdminProperties properties;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(UserService users, AdminProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createAdminIfNoUsers();
    }

    /** Creates {@code admin} when there is no user; returns whether it did. */
    boolean createAdminIfNoUsers() {
        if (users.hasUsers()) {
            return false;
        }
        String configured = properties.password();
        boolean fromSettings = configured != null && !configured.isEmpty();
        String password = fromSettings ? configured : randomPassword();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            users.create(ADMIN, password, Role.ADMIN);
        } catch (AccountException e) {
            throw new IllegalStateException("Cannot create the first user admin from crosscheck.admin.password "
                    + "(CROSSCHECK_ADMIN_PASSWORD): " + e.getMessage(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (fromSettings) {
            LOG.info("Crosscheck created the user admin with the password from crosscheck.admin.password "
                    + "(CROSSCHECK_ADMIN_PASSWORD)");
        } else {
            String line = "Crosscheck created the user admin with password " + password + " \u2014 change it in Users";
            String rule = "*".repeat(line.length() + 4);
            LOG.warn("\n\n{}\n* {} *\n{}\n", rule, line, rule);
        }
        return true;
    }

    private String randomPassword() {
        var password = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
