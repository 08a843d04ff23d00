package org.mediation.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** Ready once every input binding owns a partition; not while one is still waiting, or lost them all. */
class ConsumerAssignmentsTest {

    private static final TopicPartition P0 = new TopicPartition("registration-events", 0);
    private final ConsumerAssignments consumers = new ConsumerAssignments(
            List.of("registrationEvents-in-0", "workshopEvents-in-0", "nationalAggregates-out-0"));

    @Test
    void down_until_every_input_owns_a_partition() {
        assertThat(consumers.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(consumers.health().getDetails().get("waitingForPartitions"))
                .isEqualTo(List.of("registrationEvents-in-0", "workshopEvents-in-0"));

        consumers.onPartitionsAssigned("registrationEvents-in-0", null, List.of(P0), true);
        consumers.onPartitionsAssigned(
                "workshopEvents-in-0", null, List.of(new TopicPartition("workshop-events", 2)), true);

        assertThat(consumers.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void down_again_when_a_binding_loses_all_its_partitions() {
        consumers.onPartitionsAssigned("registrationEvents-in-0", null, List.of(P0), true);
        consumers.onPartitionsAssigned(
                "workshopEvents-in-0", null, List.of(new TopicPartition("workshop-events", 2)), true);

        consumers.onPartitionsRevokedAfterCommit("registrationEvents-in-0", null, List.of(P0));

        assertThat(consumers.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_service_without_inputs_is_ready_at_once() {
        assertThat(new ConsumerAssignments(List.of("registrationEvents-out-0"))
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);
    }
}
