/** Articles through the web API: {@code /api/articles} lists, shows and imports them. */
@NullMarked
package com.crosscheck.corpus.web;

import org.jspecify.annotations.NullMarked;
