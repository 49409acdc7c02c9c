/** Storage of articles and the start-up import; called only by the corpus module's own services. */
@NullMarked
package com.crosscheck.corpus.internal;

import org.jspecify.annotations.NullMarked;
