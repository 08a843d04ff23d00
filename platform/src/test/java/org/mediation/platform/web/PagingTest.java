package org.mediation.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A page's skip is always an int a store takes; anything else is bad input (ProblemHandling answers 400). */
class PagingTest {

    @Test
    void a_page_skips_the_pages_before_it() {
        assertThat(Paging.of(3, 50, 500).skip()).isEqualTo(150);
    }

    @Test
    void a_page_whose_skip_would_overflow_is_bad_input() {
        assertThatThrownBy(() -> Paging.of(4_294_968, 500, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond any list");
    }

    @Test
    void a_negative_page_or_a_size_out_of_bounds_is_bad_input() {
        assertThatThrownBy(() -> Paging.of(-1, 50, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Paging.of(0, 0, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Paging.of(0, 501, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 500");
    }
}
