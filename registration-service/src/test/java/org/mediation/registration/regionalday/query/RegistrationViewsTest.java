package org.mediation.registration.regionalday.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.springframework.beans.factory.annotation.Autowired;

/** A day's registrations are read a batch at a time, in order of arrival, never all at once. */
class RegistrationViewsTest extends RegistrationServiceTest {

    @Autowired
    RegistrationViews views;

    @Test
    void a_day_is_handed_over_in_batches_of_the_size_asked_in_order_of_arrival() {
        String dayId = UUID.randomUUID().toString();
        LongStream.of(4, 2, 0, 3, 1).forEach(arrival -> views.collection().insertOne(registration(dayId, arrival)));
        List<List<Long>> batches = new ArrayList<>();

        views.forEachBatch(
                dayId,
                Optional.empty(),
                2,
                batch -> batches.add(
                        batch.stream().map(RegistrationView::arrival).toList()));

        assertThat(batches).containsExactly(List.of(0L, 1L), List.of(2L, 3L), List.of(4L));
    }

    private static RegistrationView registration(String dayId, long arrival) {
        return new RegistrationView(
                UUID.randomUUID().toString(),
                dayId,
                arrival,
                "CONFIRMED",
                false,
                "MEDIATOR",
                null,
                new SealedPersonalData("f", "l", "e", "o"),
                arrival);
    }
}
