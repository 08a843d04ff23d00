package org.mediation.synthesis.restitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.national.HistoryAt;
import org.mediation.synthesis.national.PointInTime;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mockito.ArgumentCaptor;

/**
 * A restitution is folded from the checkpoints of point-in-time answers (never from the whole history), and asked
 * again is answered from the recent ones only while the history it folded stands the same.
 */
class RestitutionSourceTest {

    private static final Instant T0 = Instant.parse("2020-01-10T12:00:00Z");
    private static final Period WINTER_2019 = Period.of("2019-11-01", "2019-12-31");

    private final PointInTime pointInTime = mock(PointInTime.class);
    private final EventHistory history = mock(EventHistory.class);
    private final Clock clock = mock(Clock.class);
    private final RegionalProjection lievin = new RegionalProjection("d-lievin");
    private RestitutionSource source;

    @BeforeEach
    void wire() {
        source = new RestitutionSource(
                pointInTime, history, new RecentRestitutions(clock, 2, Duration.ofMinutes(10)), clock);
        lievin.apply(sample(
                "registration.RegionalDayScheduled.v1",
                "e-lievin",
                Map.of("regionalDayId", "d-lievin", "region", "FR-HDF", "date", "2019-12-04")));
        now(T0);
    }

    @Test
    void a_restitution_is_folded_from_the_checkpoints_for_its_period_only() {
        answers(T0, 40, Instant.MAX, true);

        Restitution restitution = source.of(WINTER_2019, Optional.of(T0));

        assertThat(restitution.regionalDays())
                .singleElement()
                .satisfies(day -> assertThat(day.region()).isEqualTo("FR-HDF"));
        assertThat(restitution.position()).isEqualTo(39);
        verify(history, times(0)).forEachBetween(eq(0L), any(Long.class), any());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Predicate<LocalDate>> dated = ArgumentCaptor.forClass(Predicate.class);
        verify(pointInTime).daysAt(eq(T0), dated.capture());
        assertThat(dated.getValue().test(LocalDate.parse("2019-12-04"))).isTrue();
        assertThat(dated.getValue().test(LocalDate.parse("2020-01-04"))).isFalse();
    }

    @Test
    void asked_now_then_as_of_its_own_instant_it_is_folded_once() {
        answers(T0, 40, Instant.MAX, true);
        Restitution now = source.of(WINTER_2019, Optional.empty());

        assertThat(source.of(WINTER_2019, Optional.of(now.asOf()))).isEqualTo(now);
        verify(pointInTime, times(1)).daysAt(any(), any());
    }

    @Test
    void asked_again_while_the_history_ends_at_the_same_number_it_is_not_folded_again() {
        answers(T0, 40, Instant.MAX, true);
        Restitution first = source.of(WINTER_2019, Optional.of(T0));

        assertThat(source.of(WINTER_2019, Optional.of(T0))).isEqualTo(first);
        verify(pointInTime, times(1)).daysAt(any(), any());

        when(history.lastSequence()).thenReturn(41L);
        source.of(WINTER_2019, Optional.of(T0));
        verify(pointInTime, times(2)).daysAt(any(), any());
    }

    @Test
    void asked_for_now_it_is_given_again_restamped_until_the_first_event_it_left_out() {
        answers(T0, 40, T0.plusSeconds(60), true);
        source.of(WINTER_2019, Optional.empty());

        now(T0.plusSeconds(30));
        Restitution later = source.of(WINTER_2019, Optional.empty());
        assertThat(later.asOf()).isEqualTo(T0.plusSeconds(30));
        verify(pointInTime, times(1)).daysAt(any(), any());

        now(T0.plusSeconds(60));
        answers(T0.plusSeconds(60), 40, Instant.MAX, true);
        source.of(WINTER_2019, Optional.empty());
        verify(pointInTime, times(2)).daysAt(any(), any());
    }

    @Test
    void a_restitution_read_while_a_number_was_empty_is_not_kept() {
        answers(T0, 40, Instant.MAX, false);

        source.of(WINTER_2019, Optional.of(T0));
        source.of(WINTER_2019, Optional.of(T0));

        verify(pointInTime, times(2)).daysAt(any(), any());
    }

    @Test
    void the_recent_restitutions_are_bounded_in_entries() {
        answers(T0, 40, Instant.MAX, true);
        for (String month : List.of("2019-10", "2019-11", "2019-12")) {
            source.of(Period.of(month + "-01", month + "-28"), Optional.of(T0));
        }
        source.of(Period.of("2019-10-01", "2019-10-28"), Optional.of(T0));

        verify(pointInTime, times(4)).daysAt(any(), any());
    }

    private void answers(Instant asOf, long historyEnd, Instant nextChange, boolean complete) {
        when(history.lastSequence()).thenReturn(historyEnd);
        when(pointInTime.daysAt(eq(asOf), any()))
                .thenReturn(new HistoryAt(
                        asOf, historyEnd, historyEnd - 1, nextChange, complete, List.of(lievin), new Themes()));
    }

    private void now(Instant instant) {
        when(clock.instant()).thenReturn(instant);
    }
}
