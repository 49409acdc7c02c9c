/**
 * The application shell shared by all screens: page setup, styles and the main layout with its navigation.
 * Screens register themselves in the navigation with {@code @Menu}, so this package knows no feature.
 */
@NullMarked
package com.crosscheck.base.ui;

import org.jspecify.annotations.NullMarked;
