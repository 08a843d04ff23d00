package org.mediation.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.mediation.local.BrokerProcess;
import org.mediation.local.Infrastructure;
import org.mediation.local.LocalProcess;

/**
 * The Kafka broker the system runs on, as the tests need it: its address, how a test's own client and each service sign
 * in, and pausing it for the outage tests. Embedded: a broker process requiring SASL (PLAIN, an account per service, as
 * production's SCRAM ones). Containers ({@code -Dtest.infrastructure=containers}): the production image, plaintext.
 */
interface SystemBroker {

    String bootstrapServers();

    /** The settings of a test's own client: as the broker's administrator. */
    Map<String, Object> client();

    /** The settings a service starts with to reach it. */
    Map<String, String> settingsOf(String module);

    void pause() throws IOException, InterruptedException;

    void resume() throws IOException, InterruptedException;

    void close();

    /** A broker process of its own, requiring SASL from the services' accounts. */
    record Sasl(LocalProcess process, Map<String, String> accounts) implements SystemBroker {

        @Override
        public String bootstrapServers() {
            return BrokerProcess.bootstrapServers(process);
        }

        @Override
        public Map<String, Object> client() {
            return new HashMap<>(BrokerProcess.saslClient(process, BrokerProcess.ADMIN, BrokerProcess.ADMIN));
        }

        @Override
        public Map<String, String> settingsOf(String module) {
            return Map.of(
                    "KAFKA_SECURITY_PROTOCOL",
                    "SASL_PLAINTEXT",
                    "KAFKA_SASL_MECHANISM",
                    "PLAIN",
                    "KAFKA_SASL_USERNAME",
                    module,
                    "KAFKA_SASL_PASSWORD",
                    accounts.get(module));
        }

        @Override
        public void pause() throws IOException, InterruptedException {
            process.pause();
        }

        @Override
        public void resume() throws IOException, InterruptedException {
            process.resume();
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /** The container of the shared test infrastructure. */
    record Container(Infrastructure infrastructure) implements SystemBroker {

        @Override
        public String bootstrapServers() {
            return infrastructure.kafkaBootstrapServers();
        }

        @Override
        public Map<String, Object> client() {
            return new HashMap<>(Map.of("bootstrap.servers", bootstrapServers()));
        }

        @Override
        public Map<String, String> settingsOf(String module) {
            return Map.of();
        }

        @Override
        public void pause() {
            infrastructure.pauseKafka();
        }

        @Override
        public void resume() {
            infrastructure.resumeKafka();
        }

        @Override
        public void close() {}
    }
}
