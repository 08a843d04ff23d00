package org.mediation.workshop.workshop.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.platform.web.Paging;
import org.mediation.workshop.programme.api.WorkshopScheduled;
import org.mediation.workshop.workshop.api.ContributionAmended;
import org.mediation.workshop.workshop.api.ContributionKind;
import org.mediation.workshop.workshop.api.ContributionRecorded;
import org.mediation.workshop.workshop.api.ContributionWithdrawn;
import org.mediation.workshop.workshop.api.FacilitatorAssigned;
import org.mediation.workshop.workshop.api.FacilitatorRemoved;
import org.mediation.workshop.workshop.api.ParticipantEnrolled;
import org.mediation.workshop.workshop.api.Person;
import org.mediation.workshop.workshop.api.ReportStatus;
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.SpeakerRemoved;
import org.mediation.workshop.workshop.api.WorkshopPlanned;

/** The projection alone, on an in-memory MongoDB-wire server: no Spring, no Axon. */
class WorkshopProjectionTest {

    static final String DAY = "day-1";
    static final String THEME = "ENVIRONMENT";

    MongoServer server;
    MongoClient client;
    WorkshopViews views;
    WorkshopProjection projection;
    final String workshopId = UUID.randomUUID().toString();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(
                "mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        views = new WorkshopViews(client.getDatabase("workshop"), new ObjectMapper());
        projection = new WorkshopProjection(views);
        projection.on(new WorkshopPlanned(workshopId, DAY, "FR-HDF", THEME, "Innovation", 20), 0);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void an_amended_contribution_keeps_its_place_and_a_withdrawn_one_leaves_the_view() {
        projection.on(recorded("c-1", "first"), 1);
        projection.on(recorded("c-2", "second"), 2);
        projection.on(
                new ContributionAmended(
                        workshopId, DAY, "c-1", ContributionKind.PROPOSAL, "first, amended", THEME, List.of("tag")),
                3);
        projection.on(new ContributionWithdrawn(workshopId, DAY, "c-2"), 4);

        assertThat(views.find(workshopId).orElseThrow().contributions())
                .containsExactly(
                        new ContributionView("c-1", ContributionKind.PROPOSAL, "first, amended", List.of("tag")));
        assertThat(storedDocument())
                .as("no superseded or withdrawn text is kept in the stored view")
                .contains("first, amended")
                .doesNotContain("\"first\"")
                .doesNotContain("second");
    }

    @Test
    void a_removed_facilitator_or_speaker_leaves_the_view_and_the_stored_document() {
        Person claire = new Person("Claire Dubois", "AMS Lens");
        Person karim = new Person("Karim Benali", "CAF");
        projection.on(new FacilitatorAssigned(workshopId, DAY, "p-1", claire), 1);
        projection.on(new FacilitatorAssigned(workshopId, DAY, "p-2", karim), 2);
        projection.on(new SpeakerAdded(workshopId, DAY, "p-3", claire), 3);
        projection.on(new FacilitatorRemoved(workshopId, DAY, "p-1"), 4);
        projection.on(new SpeakerRemoved(workshopId, DAY, "p-3"), 5);

        WorkshopView view = views.find(workshopId).orElseThrow();
        assertThat(view.facilitators()).containsExactly(new PersonView("p-2", "Karim Benali", "CAF"));
        assertThat(view.speakers()).isEmpty();
        assertThat(storedDocument()).doesNotContain("Claire").doesNotContain("AMS Lens");
    }

    @Test
    void people_named_before_they_had_ids_get_the_derived_id_and_are_removed_by_it() {
        Person claire = new Person("Claire Dubois", "AMS Lens");
        projection.on(new FacilitatorAssigned(workshopId, DAY, null, claire), 1);
        assertThat(views.find(workshopId).orElseThrow().facilitators())
                .extracting(PersonView::id)
                .containsExactly(claire.legacyIdIn(workshopId));

        projection.on(new FacilitatorRemoved(workshopId, DAY, claire.legacyIdIn(workshopId)), 2);

        assertThat(views.find(workshopId).orElseThrow().facilitators()).isEmpty();
    }

    @Test
    void a_view_stored_before_people_had_ids_reads_with_the_derived_ids() throws Exception {
        WorkshopView stored = new ObjectMapper().readValue("""
                        {"id":"w-1","regionalDayId":"d","region":"FR-HDF","themeCode":"ENVIRONMENT","title":"T",
                         "capacity":5,"enrolled":0,"facilitators":[{"name":"Claire Dubois","organisation":"AMS Lens"}],
                         "speakers":[],"rapporteur":null,"reportStatus":"DRAFT","contributions":[]}
                        """, WorkshopView.class);

        assertThat(stored.facilitators())
                .containsExactly(new PersonView(
                        new Person("Claire Dubois", "AMS Lens").legacyIdIn("w-1"), "Claire Dubois", "AMS Lens"));
    }

    @Test
    void a_replayed_or_redelivered_event_changes_nothing() {
        ParticipantEnrolled enrolled = new ParticipantEnrolled(workshopId, DAY, "r-1");
        projection.on(enrolled, 1);
        projection.on(recorded("c-1", "first"), 2);
        projection.on(new ReportSubmitted(workshopId, DAY, 1), 3);

        projection.on(enrolled, 1);
        projection.on(recorded("c-1", "first"), 2);

        WorkshopView view = views.find(workshopId).orElseThrow();
        assertThat(view.enrolled()).isEqualTo(1);
        assertThat(view.contributions()).hasSize(1);
        assertThat(view.reportStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void the_workshops_of_a_day_are_listed_by_title() {
        String other = UUID.randomUUID().toString();
        projection.on(new WorkshopPlanned(other, DAY, "FR-HDF", THEME, "Accès aux droits", 20), 0);
        projection.on(new WorkshopPlanned(UUID.randomUUID().toString(), "day-2", "FR-HDF", THEME, "Ailleurs", 5), 0);

        assertThat(views.onDay(DAY, new Paging(0, 10)))
                .extracting(WorkshopView::id)
                .containsExactly(other, workshopId);
        assertThat(views.onDay(DAY, new Paging(1, 1)))
                .extracting(WorkshopView::id)
                .containsExactly(workshopId);
        assertThat(views.plannedOn(DAY))
                .as("what the rule of 50 workshops a day counts")
                .isEqualTo(2);
    }

    @Test
    void the_schedule_is_kept_apart_from_the_workshop_s_own_events_and_applied_once() {
        WorkshopScheduled at14 = scheduled(workshopId, "14:00", "15:30", "Salle Jean Moulin");
        projection.on(new ParticipantEnrolled(workshopId, DAY, "r-1"), 3);
        projection.on(at14, 1);
        projection.on(new ParticipantEnrolled(workshopId, DAY, "r-2"), 4);
        projection.on(scheduled(workshopId, "09:00", "10:00", "Salle Louise Michel"), 0);

        WorkshopView view = views.find(workshopId).orElseThrow();
        assertThat(view.enrolled())
                .as("the programme's sequence numbers are not the workshop's")
                .isEqualTo(2);
        assertThat(view.startsAt()).isEqualTo(at14.startsAt());
        assertThat(view.endsAt()).isEqualTo(at14.endsAt());
        assertThat(view.room())
                .as("an earlier programme event is not applied again")
                .isEqualTo("Salle Jean Moulin");
    }

    @Test
    void the_programme_of_a_day_is_ordered_by_start_then_title_without_times_last() {
        String early = plan("Zéro déchet");
        String sameTimeB = plan("Budget");
        String sameTimeA = plan("Accès");
        projection.on(scheduled(early, "09:00", "10:00", "Salle A"), 1);
        projection.on(scheduled(sameTimeB, "10:00", "11:00", "Salle A"), 2);
        projection.on(scheduled(sameTimeA, "10:00", "11:00", "Salle B"), 3);

        assertThat(views.programmeOf(DAY))
                .extracting(ProgrammeEntry::id)
                .containsExactly(early, sameTimeA, sameTimeB, workshopId);
        assertThat(views.programmeOf(DAY).get(0))
                .isEqualTo(new ProgrammeEntry(early, "Zéro déchet", THEME, time("09:00"), time("10:00"), "Salle A"));
    }

    String plan(String title) {
        String id = UUID.randomUUID().toString();
        projection.on(new WorkshopPlanned(id, DAY, "FR-HDF", THEME, title, 20), 0);
        return id;
    }

    static WorkshopScheduled scheduled(String workshopId, String from, String to, String room) {
        return new WorkshopScheduled(workshopId, DAY, "FR-HDF", time(from), time(to), room);
    }

    static LocalDateTime time(String time) {
        return LocalDateTime.parse("2019-12-04T" + time);
    }

    String storedDocument() {
        return client.getDatabase("workshop")
                .getCollection("workshops")
                .find(new Document("_id", workshopId))
                .first()
                .toJson();
    }

    ContributionRecorded recorded(String id, String text) {
        return new ContributionRecorded(workshopId, DAY, id, ContributionKind.FINDING, text, THEME, List.of());
    }
}
