package com.crosscheck;

import com.crosscheck.cli.CommandLineInterface;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Crosscheck: a workbench for comparing how outlets report the same events.
 *
 * <p>Each top-level package below this one is a feature module (see the README's architecture section);
 * {@code ApplicationArchitectureTest} enforces the dependency rules between them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (CommandLineInterface.isCommand(args)) {
            System.exit(CommandLineInterface.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}
