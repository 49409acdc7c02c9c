/**
 * Storage of users, the security configuration (password hashing, role hierarchy, method security, the
 * {@code /api/**} filter chain), the {@code UserDetailsService} that signs users in, and the admin created on
 * first start. Used only by the accounts module itself.
 */
@NullMarked
package com.crosscheck.accounts.internal;

import org.jspecify.annotations.NullMarked;
