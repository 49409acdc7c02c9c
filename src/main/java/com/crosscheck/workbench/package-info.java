/**
 * Screens that span features: the side-by-side comparison. It sits on top of the feature modules and
 * nothing depends on it.
 */
@NullMarked
package com.crosscheck.workbench;

import org.jspecify.annotations.NullMarked;
