/** Persistence, text anchoring and re-attachment behind the annotation services. */
@NullMarked
package com.crosscheck.annotation.internal;

import org.jspecify.annotations.NullMarked;
