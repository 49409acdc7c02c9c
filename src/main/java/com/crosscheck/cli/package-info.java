/**
 * The command line: {@code java -jar crosscheck.jar <command> ...}. Commands that need no database
 * ({@code extract}, {@code bench}) run without starting Spring or a web server. Sits on top of the feature
 * modules; nothing depends on it.
 */
@NullMarked
package com.crosscheck.cli;

import org.jspecify.annotations.NullMarked;
