package org.mediation.platform.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Ready means consuming: the {@code consumers} health component (part of readiness) is UP once every input binding of
 * the service owns at least one partition of its topic, so a service is not reported ready while its consumers are
 * still joining their group (the first registrations after a start used to wait unseen).
 */
class ConsumerAssignments implements KafkaBindingRebalanceListener, HealthIndicator {

    private final List<String> inputs;
    private final Map<String, Set<TopicPartition>> assigned = new ConcurrentHashMap<>();

    ConsumerAssignments(Collection<String> bindings) {
        this.inputs = bindings.stream()
                .filter(name -> name.endsWith("-in-0"))
                .sorted()
                .toList();
    }

    @Override
    public void onPartitionsAssigned(
            String binding, Consumer<?, ?> consumer, Collection<TopicPartition> partitions, boolean initial) {
        assigned.computeIfAbsent(binding, name -> ConcurrentHashMap.newKeySet()).addAll(partitions);
    }

    @Override
    public void onPartitionsRevokedAfterCommit(
            String binding, Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.getOrDefault(binding, Set.of()).removeAll(partitions);
    }

    @Override
    public Health health() {
        List<String> waiting = inputs.stream()
                .filter(binding -> assigned.getOrDefault(binding, Set.of()).isEmpty())
                .toList();
        return waiting.isEmpty()
                ? Health.up().build()
                : Health.down().withDetail("waitingForPartitions", waiting).build();
    }
}
