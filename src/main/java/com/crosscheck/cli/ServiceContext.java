package com.crosscheck.cli;

import org.springframework.util.ClassUtils;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The application's services without the web server, screens or the corpus import on start, for commands that
 * work on the configured database ({@code export}). Settings come from the usual places ({@code
 * application.properties}, environment variables, {@code --name=value} arguments).
 */
public final class ServiceContext {

    private static final String VAADIN = "com.vaadin.flow.spring.";
    /** By name: the application's main class starts the command line, which must not depend on it back. */
    private static final String APPLICATION = "com.crosscheck.Application";

    private ServiceContext() {
    }

    /** Starts it; {@code settings} are {@code name=value} pairs that override the configuration. */
    public static ConfigurableApplicationContext start(String... settings) {
        var properties = new ArrayList<>(List.of(
                "crosscheck.corpus.import-on-start=false",
                "spring.autoconfigure.exclude=" + VAADIN + "SpringBootAutoConfiguration," + VAADIN
                        + "SpringSecurityAutoConfiguration," + VAADIN + "VaadinScopesConfig",
                "spring.main.log-startup-info=false"));
        properties.addAll(List.of(settings));
        // as arguments, so that they win over application.properties (default properties would not)
        return new SpringApplicationBuilder(ClassUtils.resolveClassName(APPLICATION, ServiceContext.class.getClassLoader()))
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
