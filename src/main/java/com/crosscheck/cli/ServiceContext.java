package com.crosscheck.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The application's services without the web server, screens or the corpus import on start, for the commands
 * that work on the configured database ({@code import}, {@code export}). Settings come from the usual places
 * ({@code application.properties}, environment variables) and the command's own {@code --name=value} arguments,
 * which win.
 */
public final class ServiceContext {

    private static final String VAADIN = "com.vaadin.flow.spring.";

    private ServiceContext() {
    }

    /**
     * Starts it; {@code fixed} are the command's own {@code name=value} settings, {@code arguments} the user's
     * {@code --name=value} options (they come last, so they win).
     */
    public static ConfigurableApplicationContext start(Class<?> application, List<String> fixed, List<String> arguments) {
        var properties = new ArrayList<>(List.of(
                "crosscheck.corpus.import-on-start=false",
                // Vaadin's set-up needs a servlet context, which a command has no use for
                "spring.autoconfigure.exclude=" + VAADIN + "SpringBootAutoConfiguration," + VAADIN
                        + "SpringSecurityAutoConfiguration," + VAADIN + "VaadinScopesConfig",
                "spring.main.log-startup-info=false"));
        properties.addAll(fixed);
        var args = new ArrayList<>(properties.stream().map(p -> "--" + p).toList());
        args.addAll(arguments);
        // as arguments, so that they win over application.properties (default properties would not)
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new));
    }
}
