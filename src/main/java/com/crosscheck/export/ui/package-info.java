/** The admins' Workspace screen: backup download and restore. */
@NullMarked
package com.crosscheck.export.ui;

import org.jspecify.annotations.NullMarked;
