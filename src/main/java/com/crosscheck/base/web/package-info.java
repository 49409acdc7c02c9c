/**
 * What every module's web API shares: errors as RFC 9457 problem details ({@link com.crosscheck.base.web.ApiProblems}),
 * also for the answers the security filters give before a controller runs ({@link com.crosscheck.base.web.ProblemJson}).
 */
@NullMarked
package com.crosscheck.base.web;

import org.jspecify.annotations.NullMarked;
