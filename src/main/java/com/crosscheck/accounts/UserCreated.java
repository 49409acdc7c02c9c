package com.crosscheck.accounts;

/** Published after a user has been created (also the first-start admin). */
public record UserCreated(String username, Role role) {
}
