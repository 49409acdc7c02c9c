package com.crosscheck.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** Dispatches {@code java -jar crosscheck.jar <command>}; without a command the workbench starts instead. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true,
        description = "Compare the numeric claims of news articles across outlets.",
        subcommands = {ExtractCommand.class, CompareCommand.class, ImportCommand.class, ExportCommand.class,
                BenchCommand.class})
public final class CommandLineInterface {

    private static final Set<String> COMMANDS = Set.of("extract", "compare", "import", "export", "bench", "help", "--help", "-h", "--version", "-V");

    /** Whether the arguments name a command rather than options for the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** The Spring application that commands needing the database start (without its web server). */
    private final @Nullable Class<?> application;

    private CommandLineInterface(@Nullable Class<?> application) {
        this.application = application;
    }

    /** Runs a command that needs no database and returns its exit status. */
    public static int run(String[] args) {
        return run(null, args);
    }

    /**
     * Runs the command and returns its exit status; {@code application} is the Spring Boot application class, for
     * the commands that work on the database ({@code import}). Passed in, so the commands do not depend on it.
     */
    public static int run(@Nullable Class<?> application, String[] args) {
        return new CommandLine(new CommandLineInterface(application)).execute(args);
    }

    /** The application class given to {@link #run(Class, String[])}. */
    Class<?> application() {
        if (application == null) {
            throw new IllegalStateException("this command works on the database: run it through the application's main");
        }
        return application;
    }
}
