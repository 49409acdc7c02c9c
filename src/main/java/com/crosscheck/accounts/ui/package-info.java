/**
 * The accounts screens and the screens' security: the login view, the admins' Users screen with its dialogs,
 * and the Vaadin security filter chain (form login on every screen).
 */
@NullMarked
package com.crosscheck.accounts.ui;

import org.jspecify.annotations.NullMarked;
