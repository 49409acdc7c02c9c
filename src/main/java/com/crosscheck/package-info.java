@NullMarked
package com.crosscheck;

import org.jspecify.annotations.NullMarked;
