package com.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** Dispatches {@code java -jar crosscheck.jar <command>}; without a command the workbench starts instead. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true,
        description = "Compare the numeric claims of news articles across outlets.",
        subcommands = {ExtractCommand.class, CompareCommand.class, ExportCommand.class, BenchCommand.class})
public final class CommandLineInterface {

    private static final Set<String> COMMANDS = Set.of("extract", "compare", "export", "bench", "help", "--help", "-h", "--version", "-V");

    private CommandLineInterface() {
    }

    /** Whether the arguments name a command rather than options for the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and returns its exit status. */
    public static int run(String[] args) {
        return new CommandLine(new CommandLineInterface()).execute(args);
    }
}
