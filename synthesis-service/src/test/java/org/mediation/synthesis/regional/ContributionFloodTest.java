package org.mediation.synthesis.regional;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.Contracts;
import org.mediation.synthesis.SynthesisServiceTest;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.integration.inbound.SynthesisIntake;
import org.mediation.synthesis.national.ShadowProjections;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28's freeze: a rapporteur records and withdraws far more contributions of 3,999 characters and 20 tags than
 * any limit allows, through the intake a consumer calls. The day's document stays as small as it was, its figures
 * stay exact, the withdrawn text is nowhere, and a rebuild from the history reaches the same day.
 */
class ContributionFloodTest extends SynthesisServiceTest {

    private static final int FLOOD = 2_500;
    private static final int KEPT = 3;
    private static final int BATCH = 500;
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Autowired
    SynthesisIntake intake;

    @Autowired
    RegionalProjections projections;

    @Autowired
    MongoDatabase synthesisDatabase;

    private final String day = UUID.randomUUID().toString();
    private final String workshop = UUID.randomUUID().toString();
    private final List<InboundEvent> fed = new ArrayList<>();

    @Test
    void recording_and_withdrawing_thousands_of_long_contributions_grows_no_document_and_counts_exactly()
            throws Exception {
        feed(List.of(
                Contracts.sample(
                        "registration.RegionalDayScheduled.v1",
                        UUID.randomUUID().toString(),
                        Map.of("regionalDayId", day)),
                event("/workshop", "workshop.WorkshopPlanned.v1", workshopData("themeCode", "ENVIRONMENT"))));
        List<InboundEvent> kept = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            kept.add(recorded("kept " + i));
        }
        feed(kept);
        int before = dayDocumentSize();

        List<InboundEvent> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            InboundEvent recorded = recorded("flood " + i);
            flood.add(recorded);
            flood.add(event(
                    "/workshop",
                    "workshop.ContributionWithdrawn.v1",
                    workshopData("contributionId", recorded.text("contributionId"))));
        }
        for (int first = 0; first < flood.size(); first += BATCH) {
            feed(flood.subList(first, Math.min(flood.size(), first + BATCH)));
        }
        feed(List.of(event("/workshop", "workshop.ReportPublished.v1", workshopData("reportStatus", "PUBLISHED"))));

        assertThat(dayDocumentSize()).isLessThan(before + 2_000).isLessThan(16 * 1024);
        assertThat(projections.figures().get(day).counted()).isEqualTo(KEPT);
        assertThat(largestContributionDocument()).isLessThan(20_000);
        RegionalProjection live = projections.find(day).orElseThrow();
        assertThat(live.workshops().iterator().next().contributions()).hasSize(KEPT);
        assertThat(CANONICAL.writeValueAsString(live)).doesNotContain("flood ");
        ShadowProjections rebuilt = new ShadowProjections();
        fed.forEach(rebuilt::apply);
        assertThat(CANONICAL.writeValueAsString(rebuilt.days().get(day))).isEqualTo(CANONICAL.writeValueAsString(live));
    }

    /** Registrations have documents of their own too, by group: the day's document holds each group's counts. */
    @Test
    void thousands_of_registrations_grow_no_day_document_and_count_exactly() {
        feed(List.of(Contracts.sample(
                "registration.RegionalDayScheduled.v1", UUID.randomUUID().toString(), Map.of("regionalDayId", day))));
        List<InboundEvent> registrations = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ObjectNode data = data("registrationId", UUID.randomUUID().toString())
                    .put("status", i % 3 == 0 ? "WAITLISTED" : "CONFIRMED")
                    .put("category", "MEDIATOR");
            registrations.add(event("/registration", "registration.ParticipantRegistered.v2", data));
        }
        for (int first = 0; first < registrations.size(); first += BATCH) {
            feed(registrations.subList(first, first + BATCH));
        }

        assertThat(dayDocumentSize()).isLessThan(8 * 1024);
        assertThat(projections.figures().get(day).attendance().confirmed()).isEqualTo(2_000);
        assertThat(projections.figures().get(day).attendance().waitlisted()).isEqualTo(1_000);
        assertThat(projections.find(day).orElseThrow().attendance().confirmed()).isEqualTo(2_000);
    }

    private void feed(List<InboundEvent> events) {
        intake.accept(events);
        fed.addAll(events);
    }

    private int dayDocumentSize() {
        return size(synthesisDatabase
                .getCollection("regional_projections")
                .find(eq(day))
                .first());
    }

    private int largestContributionDocument() {
        return synthesisDatabase
                .getCollection("regional_contributions")
                .find(eq("workshopId", workshop))
                .into(new ArrayList<>())
                .stream()
                .mapToInt(ContributionFloodTest::size)
                .max()
                .orElseThrow();
    }

    private static int size(Document document) {
        return new RawBsonDocument(document, new DocumentCodec())
                .getByteBuffer()
                .remaining();
    }

    private InboundEvent recorded(String text) {
        ObjectNode data = workshopData("contributionId", UUID.randomUUID().toString());
        data.put("kind", "PROPOSAL");
        data.put("themeCode", "ENVIRONMENT");
        data.put("text", (text + " ").repeat(4_000).substring(0, 3_999));
        for (int tag = 0; tag < 20; tag++) {
            data.withArray("tags").add(text + " tag " + tag);
        }
        return event("/workshop", "workshop.ContributionRecorded.v1", data);
    }

    private ObjectNode workshopData(String field, String value) {
        return data(field, value).put("workshopId", workshop);
    }

    private ObjectNode data(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put("regionalDayId", day).put(field, value);
    }

    private static InboundEvent event(String source, String type, ObjectNode data) {
        return new InboundEvent(UUID.randomUUID().toString(), source, type, null, Instant.now(), data);
    }
}
