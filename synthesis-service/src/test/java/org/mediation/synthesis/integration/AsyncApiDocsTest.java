package org.mediation.synthesis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The AsyncAPI document is generated from the publisher and listener annotations and served without a token. */
class AsyncApiDocsTest extends SynthesisServiceTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void the_asyncapi_document_names_the_national_stream_and_the_three_consumed_topics() {
        ResponseEntity<String> docs = http.getForEntity("/springwolf/docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody())
                .contains("national-aggregates", "synthesis.NationalAggregateUpdated.v1")
                .contains("national-restitutions", "synthesis.RestitutionVersionPublished.v1")
                .contains("registration-events", "workshop-events", "resource-events");
    }
}
