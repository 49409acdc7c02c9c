package com.crosscheck.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One way of writing a comparison to a file: an extension point, each format a Spring bean that
 * {@link ExportService} looks up by its {@link #id()}.
 */
public interface ExportFormat {

    /** The short name used in addresses and on the command line: {@code md}, {@code csv}, {@code json}. */
    String id();

    /** What the format is called on screen ("Markdown notes"). */
    String label();

    /** The MIME type of the files written, with the charset where it is text. */
    String contentType();

    /** The file name extension, without the dot. */
    String fileExtension();

    /** Writes the data; does not close the stream. */
    void write(ExportData data, OutputStream out) throws IOException;
}
