package com.crosscheck.cli;

import picocli.CommandLine.Command;

/** {@code bench <what> FILE.jsonl}: throughput benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchExtractCommand.class, BenchCompareCommand.class})
final class BenchCommand {
}
