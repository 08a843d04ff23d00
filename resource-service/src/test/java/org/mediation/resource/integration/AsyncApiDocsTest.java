package org.mediation.resource.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mediation.resource.ResourceServiceTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The AsyncAPI document is generated from the publisher and listener annotations and served without a token. */
class AsyncApiDocsTest extends ResourceServiceTest {

    @Test
    void the_asyncapi_document_names_both_topics_and_the_six_published_types() {
        ResponseEntity<String> docs = http.getForEntity("/springwolf/docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody())
                .contains(
                        "resource-events",
                        "registration-events",
                        "registration.RegionalDayScheduled.v1",
                        "registration.ParticipantRegistered.v2",
                        "registration.PersonalDataErased.v1")
                .contains(
                        "resource.ResourcePublished.v1",
                        "resource.ResourceRevised.v1",
                        "resource.ResourceWithdrawn.v1",
                        "resource.ResourceShared.v1",
                        "resource.ResourceOfferedAtStand.v1",
                        "resource.ResourceRequested.v1");
    }
}
