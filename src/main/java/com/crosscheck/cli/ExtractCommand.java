package com.crosscheck.cli;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code extract [--format jsonl|table] FILE...}: the numeric claims of article files, no database needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the numeric claims of article files: one JSON object per claim per line (jsonl), "
                + "or an aligned table.")
final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { jsonl, table }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or table")
    Format format = Format.jsonl;

    @Option(names = "--max-file-size", defaultValue = "20000000", description = "largest file read, in bytes")
    long maxFileSize = 20_000_000;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files in the Crosscheck article format")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        var extractor = ClaimExtractor.standard();
        var json = JsonMapper.builder().build();
        int failures = ArticleFiles.forEach("extract", files, maxFileSize, (doc, draft) -> {
            List<Claim> claims = extractor.extract(draft.body(), draft.published());
            if (format == Format.jsonl) {
                claims.forEach(c -> out.println(json.writeValueAsString(ClaimJson.of(doc, c, draft.body()))));
            } else {
                ClaimTable.print(out, doc, claims);
            }
        });
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
