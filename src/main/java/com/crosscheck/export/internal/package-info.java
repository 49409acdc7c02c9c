/** The export formats: Markdown notes, CSV, JSON, W3C Web Annotation (JSON-LD) and PDF. */
@NullMarked
package com.crosscheck.export.internal;

import org.jspecify.annotations.NullMarked;
