/** The Articles screen: list, filter and choose articles to compare. */
@NullMarked
package com.crosscheck.corpus.ui;

import org.jspecify.annotations.NullMarked;
