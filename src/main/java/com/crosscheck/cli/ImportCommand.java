package com.crosscheck.cli;

import com.crosscheck.corpus.ArticleImportService;
import com.crosscheck.corpus.ImportReport;
import com.crosscheck.corpus.ImportResult;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code import PATH...}: files, folders and zips into the configured database, without the web server. Settings
 * are those of the workbench (environment variables, or {@code --name=value} options such as
 * {@code --crosscheck.data.dir=/var/lib/crosscheck}); the start-up import of the corpus folder is off.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import article files (.txt, .md, .html, .pdf, .docx, ...), folders and zips into the database; "
                + "one line per file, then a summary. Exit status 1 when any file failed.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders (all importable files in them) and zips")
    List<Path> paths = List.of();

    @Unmatched
    List<String> settings = new ArrayList<>();

    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    CommandLineInterface cli;

    @Override
    public Integer call() {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = ServiceContext.start(cli.application(),
                List.of("logging.level.root=ERROR", "logging.level.com.crosscheck.accounts=INFO"), settings)) {
            signInAsOperator(context);
            ImportReport report = context.getBean(ArticleImportService.class).importPaths(paths,
                    result -> out.printf("%-9s %s%n", result.outcome().name().toLowerCase(Locale.ROOT), result.message()));
            out.println(report.summary());
            return report.count(ImportResult.Outcome.FAILED) == 0 ? 0 : 1;
        }
    }

    /** Whoever may run the jar against the database may import: the command acts as an analyst. */
    private static void signInAsOperator(ConfigurableApplicationContext context) {
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var security = strategy.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("command-line", null,
                AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
        strategy.setContext(security);
    }
}
