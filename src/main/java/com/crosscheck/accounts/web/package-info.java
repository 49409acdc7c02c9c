/** The users endpoints of the web API, {@code /api/users}, for admins (HTTP Basic). */
@NullMarked
package com.crosscheck.accounts.web;

import org.jspecify.annotations.NullMarked;
