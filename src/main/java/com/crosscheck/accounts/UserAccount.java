package com.crosscheck.accounts;

import java.time.Instant;

/**
 * A user as other modules and screens see it: never with the password or its hash.
 *
 * @param username  the sign-in name, 3 to 40 letters, digits, {@code .}, {@code _} or {@code -}
 * @param role      what the user may do
 * @param enabled   whether the user may sign in
 * @param createdAt when the user was created
 */
public record UserAccount(String username, Role role, boolean enabled, Instant createdAt) {
}
