/**
 * Shared kernel: small value types every feature may use (text spans and the like).
 * It depends on no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.crosscheck.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
