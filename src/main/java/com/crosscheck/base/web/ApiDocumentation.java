package com.crosscheck.base.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} (springdoc: {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}), with HTTP Basic as its one way in.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI crosscheckApi() {
        return new OpenAPI()
                .info(new Info().title("Crosscheck API").version("1")
                        .description("Articles, their numeric claims, claim groups across articles, analysts' reviews, "
                                + "exports and users. HTTP Basic with a Crosscheck user; VIEWERs read and export, "
                                + "ANALYSTs also import and annotate, ADMINs also manage users. Errors are RFC 9457 "
                                + "problem details (application/problem+json)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
