package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.Contracts;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.history.InboundEvent;

/** Every pinned sample folds without error, and the projections survive their JSON form (how MongoDB stores them). */
class ProjectionStorageTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Test
    void a_day_fed_every_sample_reads_back_from_json_unchanged() throws Exception {
        RegionalProjection day = new RegionalProjection("5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60");
        for (InboundEvent event : Contracts.all()) {
            day.apply(event);
        }
        String stored = JSON.writeValueAsString(day);

        RegionalProjection read = JSON.readValue(stored, RegionalProjection.class);

        assertThat(JSON.writeValueAsString(read)).isEqualTo(stored);
        assertThat(read.workshops()).hasSize(1);
        assertThat(read.stand().requests()).isEqualTo(1);
        assertThat(read.attendance().cancelled()).isEqualTo(1);
    }

    /**
     * A day stored before issue 28 (a checkpoint, or a document not yet moved) has its registrations and contributions
     * but no counts of them: it reads with the same figures.
     */
    @Test
    void a_day_stored_without_its_counts_reads_with_the_same_figures() throws Exception {
        RegionalProjection day = new RegionalProjection("5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60");
        for (InboundEvent event : Contracts.all()) {
            day.apply(event);
        }
        day.apply(Contracts.sample("workshop.ContributionRecorded.v1", "e-kept", Map.of("contributionId", "kept")));
        day.apply(Contracts.sample("workshop.ReportPublished.v1"));
        ObjectNode stored = JSON.valueToTree(day);
        stored.remove("attendanceByGroup");
        stored.path("workshops").forEach(workshop -> ((ObjectNode) workshop).remove("tally"));

        RegionalProjection read = JSON.treeToValue(stored, RegionalProjection.class);

        assertThat(DayFigures.of(day).counted()).isEqualTo(1);
        assertThat(JSON.writeValueAsString(DayFigures.of(read))).isEqualTo(JSON.writeValueAsString(DayFigures.of(day)));
        assertThat(JSON.writeValueAsString(read)).isEqualTo(JSON.writeValueAsString(day));
    }

    /**
     * Registrations stored before check-ins were numbered say only {@code checkedIn}: true was check-in 1, which a
     * later undo of check-in 1 cancels.
     */
    @Test
    void a_registration_stored_checked_in_without_numbers_reads_as_check_in_1() throws Exception {
        Map<String, Attendee> stored = JSON.readValue(
                "{\"r-old\":{\"status\":\"CONFIRMED\",\"category\":\"MEDIATOR\",\"checkedIn\":true},"
                        + "\"s-old\":{\"status\":\"CONFIRMED\",\"category\":\"MEDIATOR\",\"checkedIn\":false}}",
                new TypeReference<>() {});
        RegionalProjection day = new RegionalProjection("5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60");
        day.hold(List.of(stored));

        assertThat(stored.get("r-old")).isEqualTo(new Attendee("CONFIRMED", "MEDIATOR", 1, 0));
        assertThat(day.attendance().checkedIn()).isEqualTo(1);
        assertThat(day.attendance().confirmed()).isEqualTo(2);
        day.apply(Contracts.sample(
                "registration.CheckInUndone.v1", "e-undo", Map.of("registrationId", "r-old", "undoneCheckIn", "1")));
        assertThat(day.attendance().checkedIn()).isZero();
    }

    /** The numbers are written with {@code checkedIn} beside them, which a reader of the former shape still reads. */
    @Test
    void a_registration_is_written_with_its_numbers_and_whether_it_is_checked_in() throws Exception {
        ObjectNode written = JSON.valueToTree(new Attendee("CONFIRMED", "MEDIATOR", 2, 1));

        assertThat(written.path("checkIn").asInt()).isEqualTo(2);
        assertThat(written.path("undoneCheckIn").asInt()).isEqualTo(1);
        assertThat(written.path("checkedIn").asBoolean()).isTrue();
        assertThat(JSON.treeToValue(written, Attendee.class)).isEqualTo(new Attendee("CONFIRMED", "MEDIATOR", 2, 1));
    }

    @Test
    void a_catalogue_entry_reads_back_from_json_unchanged() throws Exception {
        CatalogueEntry entry = new CatalogueEntry("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        Contracts.all().forEach(entry::apply);
        String stored = JSON.writeValueAsString(entry);

        assertThat(JSON.writeValueAsString(JSON.readValue(stored, CatalogueEntry.class)))
                .isEqualTo(stored);
    }
}
