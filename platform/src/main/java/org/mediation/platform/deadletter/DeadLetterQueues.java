package org.mediation.platform.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.core.env.Environment;

/**
 * The service's dead-letter topics, one per input binding: the binding's {@code dlq-name} (each service names it
 * {@code <topic>.<group>.dlq}), or the binder's default {@code error.<topic>.<group>}; each with the topic it drains.
 */
class DeadLetterQueues {

    private final Map<String, String> originals = new LinkedHashMap<>();

    DeadLetterQueues(BindingServiceProperties bindings, Environment environment) {
        bindings.getBindings().forEach((name, binding) -> {
            if (name.contains("-in-") && binding.getDestination() != null) {
                String dlqName =
                        environment.getProperty("spring.cloud.stream.kafka.bindings." + name + ".consumer.dlq-name");
                originals.put(
                        dlqName != null ? dlqName : "error." + binding.getDestination() + "." + binding.getGroup(),
                        binding.getDestination());
            }
        });
    }

    Map<String, String> originals() {
        return originals;
    }

    boolean contains(String topic) {
        return originals.containsKey(topic);
    }
}
