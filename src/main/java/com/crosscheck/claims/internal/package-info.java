/**
 * The extraction rules: quantities found on the raw text ({@link com.crosscheck.claims.internal.QuantityFinder}),
 * sections of the page, qualifiers, and the kind, subject, place, time and source decided on part-of-speech
 * tagged sentences. Also the storage of extracted claims.
 */
@NullMarked
package com.crosscheck.claims.internal;

import org.jspecify.annotations.NullMarked;
