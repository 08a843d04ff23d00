package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/** The infrastructure switch is strict: containers asked for and no Docker is a failure, not the embedded servers. */
class TestInfrastructureTest {

    @Test
    void containers_without_a_docker_engine_fail_and_say_why() {
        IllegalStateException failure =
                assertThrows(IllegalStateException.class, () -> TestInfrastructure.start("containers", () -> false));
        assertTrue(failure.getMessage().contains("no Docker engine answers"), failure.getMessage());
    }

    @Test
    void on_a_machine_without_docker_the_real_check_fails_the_same_way() {
        assumeFalse(ContainerInfrastructure.dockerAvailable(), "a Docker engine answers here");
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> TestInfrastructure.start("containers", ContainerInfrastructure::dockerAvailable));
        assertTrue(failure.getMessage().contains("no Docker engine answers"), failure.getMessage());
    }

    @Test
    void an_unknown_choice_is_refused() {
        IllegalArgumentException failure =
                assertThrows(IllegalArgumentException.class, () -> TestInfrastructure.start("in-memory", () -> true));
        assertTrue(failure.getMessage().contains("embedded (the default) or containers"), failure.getMessage());
    }
}
