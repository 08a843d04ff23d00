package org.mediation.workshop.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: bearer JWT on every call, and the rapporteur's workflow end to end. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String WORKFLOW = """
            Thematic workshops of a regional day and the rapporteur's report. Every `/api/**` call needs a bearer JWT \
            (claims `sub`, `roles`, `region`). Errors are `application/problem+json`: 400 bad input, 401, 403 (another \
            region, wrong role), 404 unknown, 409 broken rule.

            The rapporteur's workflow, end to end (`$TEAM`: REGIONAL_TEAM of the day's region; `$RAPPORTEUR`: \
            RAPPORTEUR of that region whose `sub` is `rapporteur-1`; the day must have reached this service from \
            `registration-events`):
            ```
            W=$(curl -s -X POST localhost:8082/api/workshops -H "Authorization: Bearer $TEAM" -H 'Content-Type: application/json' \\
                 -d '{"regionalDayId":"'$DAY'","themeCode":"ACCESS_TO_RIGHTS","title":"Accès aux droits","capacity":50}' | sed 's/.*"id":"\\([^"]*\\)".*/\\1/')
            curl -X PUT  localhost:8082/api/workshops/$W/rapporteur -H "Authorization: Bearer $TEAM" -H 'Content-Type: application/json' \\
                 -d '{"userId":"rapporteur-1","name":"Julie Martin"}'
            C=$(curl -s -X POST localhost:8082/api/workshops/$W/contributions -H "Authorization: Bearer $RAPPORTEUR" \\
                 -H 'Content-Type: application/json' -d '{"kind":"FINDING","text":"Les démarches en ligne excluent.","tags":["numérique"]}' | sed 's/.*"id":"\\([^"]*\\)".*/\\1/')
            curl -X PUT  localhost:8082/api/workshops/$W/contributions/$C -H "Authorization: Bearer $RAPPORTEUR" \\
                 -H 'Content-Type: application/json' -d '{"kind":"PROBLEM","text":"Les démarches dématérialisées excluent.","tags":[]}'
            curl -X POST localhost:8082/api/workshops/$W/report/submit  -H "Authorization: Bearer $RAPPORTEUR"
            curl -X POST localhost:8082/api/workshops/$W/report/reopen  -H "Authorization: Bearer $TEAM" \\
                 -H 'Content-Type: application/json' -d '{"reason":"Préciser la proposition."}'
            curl -X POST localhost:8082/api/workshops/$W/report/submit  -H "Authorization: Bearer $RAPPORTEUR"
            curl -X POST localhost:8082/api/workshops/$W/report/publish -H "Authorization: Bearer $TEAM"
            curl localhost:8082/api/workshops/$W -H "Authorization: Bearer $TEAM"
            ```
            """;

    @Bean
    OpenAPI workshopApi() {
        return new OpenAPI()
                .info(new Info().title("workshop-service").version("v1").description(WORKFLOW))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
