package io.vivier.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: every endpoint takes an API token as a bearer. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vivier API",
            version = "v1",
            description =
                "The prospect base for B2B teams. Errors are RFC 9457 problem details; lists use keyset"
                    + " paging (pass next_cursor back as cursor); PATCH needs If-Match with the ETag read.",
            license = @License(name = "Open source")),
    security = @SecurityRequirement(name = "token"))
@SecurityScheme(
    name = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API token: `vivier user token NAME` or POST /api/v1/tokens")
class ApiDocumentation {}
