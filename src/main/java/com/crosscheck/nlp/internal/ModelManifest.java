package com.crosscheck.nlp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a setting in an OpenNLP model package (a zip with a {@code manifest.properties}) before it is
 * loaded. OpenNLP reads the tagger's beam size only from there.
 */
final class ModelManifest {

    private ModelManifest() {
    }

    static InputStream withBeamSize(InputStream model, int beamSize) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(model); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    var manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(bytes));
                    manifest.setProperty("BeamSize", Integer.toString(beamSize));
                    var changed = new ByteArrayOutputStream();
                    manifest.store(changed, null);
                    bytes = changed.toString(StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
