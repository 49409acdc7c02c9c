/** Exports and the workspace backup through the web API ({@code /api/export}, {@code /api/backup}). */
@NullMarked
package com.crosscheck.export.web;

import org.jspecify.annotations.NullMarked;
