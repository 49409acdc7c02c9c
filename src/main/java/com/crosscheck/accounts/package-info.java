/**
 * Who may sign in, and what they may do.
 *
 * <p>Public API: {@link com.crosscheck.accounts.UserService} (list, create and change users), the records and
 * enums it exchanges ({@link com.crosscheck.accounts.UserAccount}, {@link com.crosscheck.accounts.Role}) and
 * {@link com.crosscheck.accounts.AccountException}, whose message screens and the API show as it is. Roles form
 * a hierarchy, ADMIN &gt; ANALYST &gt; VIEWER, so services elsewhere guard their writes with
 * {@code @PreAuthorize("hasRole('ANALYST')")}. Storage, the security configuration and the first-start admin
 * live in {@code internal}, the login and Users screens (and the Vaadin security chain) in {@code ui}, the
 * {@code /api/users} endpoints in {@code web}.
 */
@NullMarked
package com.crosscheck.accounts;

import org.jspecify.annotations.NullMarked;
