/**
 * The web API of claims as analysts see them: an article's claims, the groups of a comparison with analysts'
 * verdicts and notes, and claim reviews. HTTP Basic for the same users and roles as the screens; refusals are
 * problem details ({@link com.crosscheck.base.web.ApiProblems}).
 */
@NullMarked
package com.crosscheck.annotation.web;

import org.jspecify.annotations.NullMarked;
