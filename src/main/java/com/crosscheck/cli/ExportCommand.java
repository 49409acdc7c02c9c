package com.crosscheck.cli;

import com.crosscheck.base.DomainException;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.export.ExportService;
import com.crosscheck.export.ExportedFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code export --format md|csv|json|w3c|pdf [--articles 1,2] [--out FILE]}: a comparison (or the whole corpus)
 * from the configured database, written as the workbench's Export menu writes it. Runs the services without the
 * web server and without the corpus import on start.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a comparison of stored articles (default: the whole corpus) from the configured database.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "md, csv, json, w3c or pdf")
    String format = "";

    @Option(names = "--articles", split = ",", paramLabel = "ID", description = "article ids, comma-separated; default: all")
    List<String> articles = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "file to write; default: standard output")
    @Nullable Path out;

    /** Settings of the workbench as {@code --name=value}, such as {@code --crosscheck.data.dir=/var/lib/crosscheck}. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    CommandLineInterface cli;

    @Override
    public Integer call() {
        List<ArticleId> ids;
        try {
            ids = articles.stream().filter(a -> !a.isBlank()).map(ArticleId::parse).toList();
        } catch (IllegalArgumentException e) {
            System.err.println("export: " + e.getMessage());
            return 2;
        }
        // standard output carries only the export: the application's log goes to standard error meanwhile (the
        // console log writes to whatever System.out is at the time)
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (var context = ServiceContext.start(cli.application(), List.of(), settings)) {
            ExportedFile file = context.getBean(ExportService.class).export(ids, format);
            if (out == null) {
                stdout.write(file.content());
                stdout.flush();
            } else {
                Files.write(out, file.content());
                new PrintStream(System.err, true, StandardCharsets.UTF_8).println("export: wrote " + file.content().length
                        + " bytes to " + out);
            }
            return 0;
        } catch (DomainException e) {
            System.err.println("export: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("export: could not write " + out + ": " + e.getMessage());
            return 1;
        } finally {
            System.setOut(stdout);
        }
    }
}
