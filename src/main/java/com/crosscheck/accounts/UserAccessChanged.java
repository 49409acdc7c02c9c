package com.crosscheck.accounts;

/**
 * Published after a change that must end the user's open sessions: a new role, a new password, or being
 * disabled. A signed-in user keeps the rights of their sign-in until it ends, so the sessions are ended.
 */
public record UserAccessChanged(String username) {
}
