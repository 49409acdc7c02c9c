package com.crosscheck.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the first-start admin, {@code crosscheck.admin.*}.
 *
 * @param password the password of the user {@code admin} created when there are no users yet
 *                 ({@code crosscheck.admin.password}, env {@code CROSSCHECK_ADMIN_PASSWORD}); without it a
 *                 random one is made and logged once
 */
@ConfigurationProperties("crosscheck.admin")
public record AdminProperties(@Nullable String password) {
}
