package org.mediation.resource.catalogue.command;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.resource.catalogue.api.OfferResourceAtStand;
import org.mediation.resource.catalogue.api.PublishResource;
import org.mediation.resource.catalogue.api.RecordResourceRequest;
import org.mediation.resource.catalogue.api.ResourceDetails;
import org.mediation.resource.catalogue.api.ResourceKind;
import org.mediation.resource.catalogue.api.ResourceOfferedAtStand;
import org.mediation.resource.catalogue.api.ResourcePublished;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceRevised;
import org.mediation.resource.catalogue.api.ResourceShared;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.mediation.resource.catalogue.api.ReviseResource;
import org.mediation.resource.catalogue.api.ShareResource;
import org.mediation.resource.catalogue.api.WithdrawResource;

class ResourceTest {

    static final String ID = "res-1";
    static final String HDF = "FR-HDF";
    static final String IDF = "FR-IDF";
    static final LocalDate LIEVIN = LocalDate.of(2019, 12, 4);
    static final LocalDate NEXT_YEAR = LocalDate.of(2020, 12, 3);

    static final ResourceDetails SHEET = new ResourceDetails(
            ResourceKind.EXPERIENCE_SHEET,
            "Un collectif de médiateurs",
            List.of("Centre de ressources"),
            "Centre de ressources politique de la ville",
            2019,
            List.of("MEDIATION_NETWORK"),
            "https://example.org/fiches/collectif",
            null);

    AggregateTestFixture<Resource> fixture;
    final Map<String, Long> offeredPerDay = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Resource.class);
        fixture.registerInjectableResource((OfferedAtStands) day -> offeredPerDay.getOrDefault(day, 0L));
    }

    static ResourcePublished published() {
        return new ResourcePublished(ID, HDF, SHEET);
    }

    static ResourceDetails withIsbn(String isbn) {
        return new ResourceDetails(
                ResourceKind.BOOK,
                "La médiation sociale",
                List.of(),
                null,
                2012,
                List.of("MEDIATOR_TRAINING"),
                null,
                isbn);
    }

    @Test
    void publishing_records_the_origin_region_and_the_normalised_description() {
        ResourceDetails padded = new ResourceDetails(
                ResourceKind.BOOK,
                "  La médiation sociale ",
                null,
                " ",
                2012,
                List.of("MEDIATOR_TRAINING", "MEDIATOR_TRAINING"),
                null,
                "978-2-7071-7413-0");
        fixture.givenNoPriorActivity()
                .when(new PublishResource(ID, HDF, padded))
                .expectEvents(new ResourcePublished(
                        ID,
                        HDF,
                        new ResourceDetails(
                                ResourceKind.BOOK,
                                "La médiation sociale",
                                List.of(),
                                null,
                                2012,
                                List.of("MEDIATOR_TRAINING"),
                                null,
                                "9782707174130")));
    }

    @Test
    void an_isbn_must_have_a_valid_check_digit() {
        fixture.givenNoPriorActivity()
                .when(new PublishResource(ID, HDF, withIsbn("978-2-7071-7413-9")))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("isbn"));
    }

    @Test
    void an_isbn_10_with_x_check_digit_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(new PublishResource(ID, HDF, withIsbn("0-8044-2957-X")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResourcePublished(ID, HDF, withIsbn("080442957X")));
    }

    @Test
    void a_url_must_be_an_http_address() {
        ResourceDetails ftp = new ResourceDetails(
                ResourceKind.VIDEO,
                "Film",
                List.of(),
                null,
                null,
                List.of("ENVIRONMENT"),
                "ftp://example.org/film",
                null);
        fixture.givenNoPriorActivity()
                .when(new PublishResource(ID, HDF, ftp))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_resource_needs_at_least_one_national_theme() {
        ResourceDetails noTheme =
                new ResourceDetails(ResourceKind.BOOK, "Livre", List.of(), null, null, List.of(), null, null);
        fixture.givenNoPriorActivity()
                .when(new PublishResource(ID, HDF, noTheme))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void the_origin_region_must_be_a_french_region() {
        fixture.givenNoPriorActivity()
                .when(new PublishResource(ID, "FR-XYZ", SHEET))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void only_the_origin_region_revises() {
        fixture.given(published())
                .when(new ReviseResource(ID, IDF, SHEET))
                .expectException(NotTheOriginRegion.class)
                .expectNoEvents();
    }

    @Test
    void the_origin_region_revises_its_resource() {
        fixture.given(published())
                .when(new ReviseResource(ID, HDF, withIsbn(null)))
                .expectEvents(new ResourceRevised(ID, HDF, withIsbn(null)));
    }

    @Test
    void only_the_origin_region_shares() {
        fixture.given(published()).when(new ShareResource(ID, IDF)).expectException(NotTheOriginRegion.class);
    }

    @Test
    void a_resource_is_shared_once() {
        fixture.given(published(), new ResourceShared(ID, HDF))
                .when(new ShareResource(ID, HDF))
                .expectException(RuleViolation.class);
    }

    @Test
    void only_the_origin_region_withdraws() {
        fixture.given(published())
                .when(new WithdrawResource(ID, IDF, LIEVIN))
                .expectException(NotTheOriginRegion.class);
    }

    @Test
    void withdrawing_removes_the_resource_from_later_stands_only() {
        fixture.given(
                        published(),
                        new ResourceShared(ID, HDF),
                        new ResourceOfferedAtStand(ID, "day-past", HDF, LIEVIN.minusDays(15)),
                        new ResourceOfferedAtStand(ID, "day-today", HDF, LIEVIN),
                        new ResourceOfferedAtStand(ID, "day-next", IDF, NEXT_YEAR))
                .when(new WithdrawResource(ID, HDF, LIEVIN))
                .expectEvents(new ResourceWithdrawn(ID, HDF, LIEVIN, List.of("day-next")));
    }

    @Test
    void a_withdrawn_resource_cannot_be_revised_shared_or_withdrawn_again() {
        ResourceWithdrawn withdrawn = new ResourceWithdrawn(ID, HDF, LIEVIN, List.of());
        fixture.given(published(), withdrawn)
                .when(new ReviseResource(ID, HDF, SHEET))
                .expectException(RuleViolation.class);
        fixture.given(published(), withdrawn).when(new ShareResource(ID, HDF)).expectException(RuleViolation.class);
        fixture.given(published(), withdrawn)
                .when(new WithdrawResource(ID, HDF, LIEVIN))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_stand_offers_its_own_region_resources() {
        fixture.given(published())
                .when(new OfferResourceAtStand(ID, "day-1", HDF, LIEVIN))
                .expectEvents(new ResourceOfferedAtStand(ID, "day-1", HDF, LIEVIN));
    }

    @Test
    void another_region_offers_a_resource_only_once_it_is_shared() {
        fixture.given(published())
                .when(new OfferResourceAtStand(ID, "day-idf", IDF, NEXT_YEAR))
                .expectException(RuleViolation.class);
        fixture.given(published(), new ResourceShared(ID, HDF))
                .when(new OfferResourceAtStand(ID, "day-idf", IDF, NEXT_YEAR))
                .expectEvents(new ResourceOfferedAtStand(ID, "day-idf", IDF, NEXT_YEAR));
    }

    @Test
    void a_withdrawn_resource_is_offered_at_no_new_stand() {
        fixture.given(published(), new ResourceWithdrawn(ID, HDF, LIEVIN, List.of()))
                .when(new OfferResourceAtStand(ID, "day-1", HDF, NEXT_YEAR))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_resource_is_offered_once_per_stand() {
        fixture.given(published(), new ResourceOfferedAtStand(ID, "day-1", HDF, LIEVIN))
                .when(new OfferResourceAtStand(ID, "day-1", HDF, LIEVIN))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_full_stand_takes_no_more_resources_while_another_day_s_stand_still_does() {
        offeredPerDay.put("day-idf", (long) StandEntriesPerDay.MAX);
        offeredPerDay.put("day-1", StandEntriesPerDay.MAX - 1L);
        fixture.given(published(), new ResourceShared(ID, HDF))
                .when(new OfferResourceAtStand(ID, "day-idf", IDF, NEXT_YEAR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("already offers 100 resources"));
        fixture.given(published(), new ResourceShared(ID, HDF))
                .when(new OfferResourceAtStand(ID, "day-1", HDF, NEXT_YEAR))
                .expectEvents(new ResourceOfferedAtStand(ID, "day-1", HDF, NEXT_YEAR));
    }

    @Test
    void a_request_is_recorded_with_the_stand_region() {
        fixture.given(published(), new ResourceShared(ID, HDF), new ResourceOfferedAtStand(ID, "day-idf", IDF, LIEVIN))
                .when(new RecordResourceRequest(ID, "day-idf", "req-1", "reg-1"))
                .expectEvents(new ResourceRequested(ID, "day-idf", IDF, "req-1", "reg-1"));
    }

    @Test
    void a_request_needs_the_resource_on_that_stand() {
        fixture.given(published(), new ResourceOfferedAtStand(ID, "day-1", HDF, LIEVIN))
                .when(new RecordResourceRequest(ID, "day-2", "req-1", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void past_stands_keep_a_withdrawn_resource_and_its_requests() {
        fixture.given(
                        published(),
                        new ResourceOfferedAtStand(ID, "day-today", HDF, LIEVIN),
                        new ResourceOfferedAtStand(ID, "day-next", HDF, NEXT_YEAR),
                        new ResourceWithdrawn(ID, HDF, LIEVIN, List.of("day-next")))
                .when(new RecordResourceRequest(ID, "day-today", "req-1", null))
                .expectEvents(new ResourceRequested(ID, "day-today", HDF, "req-1", null));
        fixture.given(
                        published(),
                        new ResourceOfferedAtStand(ID, "day-next", HDF, NEXT_YEAR),
                        new ResourceWithdrawn(ID, HDF, LIEVIN, List.of("day-next")))
                .when(new RecordResourceRequest(ID, "day-next", "req-2", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_registration_asks_for_a_resource_once_per_stand() {
        fixture.given(
                        published(),
                        new ResourceOfferedAtStand(ID, "day-1", HDF, LIEVIN),
                        new ResourceRequested(ID, "day-1", HDF, "req-1", "reg-1"))
                .when(new RecordResourceRequest(ID, "day-1", "req-2", "reg-1"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("already recorded"));
    }

    @Test
    void a_stand_entry_records_at_most_its_limit_of_requests_and_another_day_keeps_its_own_count() {
        List<Object> history = new ArrayList<>(List.of(
                published(),
                new ResourceShared(ID, HDF),
                new ResourceOfferedAtStand(ID, "day-hdf", HDF, LIEVIN),
                new ResourceOfferedAtStand(ID, "day-idf", IDF, LIEVIN)));
        for (int n = 0; n < StandRequestPolicy.MAX_REQUESTS_PER_DAY; n++) {
            history.add(new ResourceRequested(ID, "day-idf", IDF, "req-" + n, null));
        }

        fixture.given(history)
                .when(new RecordResourceRequest(ID, "day-idf", "one-more", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("2000 requests"));
        fixture.given(history)
                .when(new RecordResourceRequest(ID, "day-hdf", "req-hdf", "reg-1"))
                .expectEvents(new ResourceRequested(ID, "day-hdf", HDF, "req-hdf", "reg-1"));
    }
}
