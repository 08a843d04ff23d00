package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.days;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationEventsTopic;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Many people register at once for a day with few seats. */
class CapacityUnderConcurrencyTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final int SEATS = 5;
    private static final int PEOPLE = 60;
    private static final int CLIENTS = 12;

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    @Test
    void confirmed_never_exceeds_capacity_and_the_waitlist_keeps_the_accepted_order() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", SEATS);

        List<Map<String, Object>> answers = registerAllAtOnce(api, dayId);

        assertThat(answers)
                .extracting(a -> a.get("status"))
                .filteredOn("CONFIRMED"::equals)
                .hasSize(SEATS);
        assertThat(api.day(HDF, dayId)).containsEntry("confirmed", SEATS).containsEntry("waitlisted", PEOPLE - SEATS);
        List<EventMessage<?>> history =
                new ArrayList<>(eventStore.readEvents(dayId).asStream().toList());
        assertThat(history.stream()
                        .map(EventMessage::getPayload)
                        .filter(p -> p instanceof ParticipantRegistered r && r.status() == RegistrationStatus.CONFIRMED)
                        .count())
                .isEqualTo(SEATS);
        List<ParticipantWaitlisted> waitlisted = history.stream()
                .map(EventMessage::getPayload)
                .filter(ParticipantWaitlisted.class::isInstance)
                .map(ParticipantWaitlisted.class::cast)
                .toList();
        assertThat(waitlisted)
                .extracting(ParticipantWaitlisted::position)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
        List<String> acceptedOrder =
                waitlisted.stream().map(ParticipantWaitlisted::registrationId).toList();
        assertThat(waitlistShownByTheApi(api, dayId)).containsExactlyElementsOf(acceptedOrder);
        assertThat(waitlistPublishedOnKafka(dayId)).containsExactlyElementsOf(acceptedOrder);
    }

    private List<Map<String, Object>> registerAllAtOnce(RegistrationApi api, String dayId) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<ResponseEntity<Map<String, Object>>>> calls = IntStream.range(0, PEOPLE)
                    .mapToObj(i -> (Callable<ResponseEntity<Map<String, Object>>>)
                            () -> api.register(HDF, dayId, "person" + i + "@example.org"))
                    .toList();
            List<Map<String, Object>> answers = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> answer : clients.invokeAll(calls)) {
                assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
                answers.add(answer.get().getBody());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> waitlistShownByTheApi(RegistrationApi api, String dayId) {
        Map<String, Object> page = api.call(
                        HttpMethod.GET, days(dayId, "/registrations?status=WAITLISTED&size=500"), HDF, null)
                .getBody();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("id")).toList();
    }

    private static List<String> waitlistPublishedOnKafka(String dayId) {
        int expected = 2 + PEOPLE + (PEOPLE - SEATS);
        return RegistrationEventsTopic.awaitEvents(dayId, expected, Duration.ofSeconds(60)).stream()
                .filter(event -> event.path("type").asText().equals("registration.ParticipantWaitlisted.v1"))
                .map(event -> event.path("data"))
                .map(data -> data.path("registrationId").asText())
                .toList();
    }
}
