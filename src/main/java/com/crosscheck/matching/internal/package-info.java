/** The pairing rules of claim matching, the verdict rules and the explanations. */
@NullMarked
package com.crosscheck.matching.internal;

import org.jspecify.annotations.NullMarked;
