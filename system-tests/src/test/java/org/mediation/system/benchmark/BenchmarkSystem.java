package org.mediation.system.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediation.local.BrokerProcess;
import org.mediation.local.Infrastructure;
import org.mediation.local.LocalProcess;
import org.mediation.local.ServiceProcess;
import org.mediation.local.StoreProcess;

/**
 * The system as {@code ./run-local.sh} starts it, for the benchmarks: the Kafka broker (KRaft), the MongoDB-wire server
 * on H2 and the four services' exec jars, each a JVM of its own, the services with the JVM options run-local ships
 * unless {@code -Dservices.jvm-options} says otherwise.
 */
final class BenchmarkSystem implements AutoCloseable {

    private static final List<String> SERVICES =
            List.of("registration-service", "workshop-service", "synthesis-service", "resource-service");

    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    final LocalProcess broker;
    final LocalProcess store;
    final String mongoUri;

    private BenchmarkSystem(LocalProcess broker, LocalProcess store) {
        this.broker = broker;
        this.store = store;
        this.mongoUri = "mongodb://127.0.0.1:" + store.port() + "/";
    }

    /** Started, every service UP; {@code extraOptions} go after the shipped JVM options. */
    static BenchmarkSystem start(String extraOptions) throws Exception {
        String options = String.join(" ", ServiceProcess.jvmOptions());
        System.setProperty(ServiceProcess.JVM_OPTIONS, options + extraOptions);
        System.out.printf("service JVM options: %s%n", options + extraOptions);
        System.out.printf("load average at the start: %s%n", loadAverage());
        BenchmarkSystem system = new BenchmarkSystem(BrokerProcess.start(), StoreProcess.start());
        BrokerProcess.createTopics(system.broker, "registration-events", "workshop-events", "resource-events");
        Infrastructure infrastructure = new Processes(BrokerProcess.bootstrapServers(system.broker), system.mongoUri);
        for (String service : SERVICES) {
            system.services.put(service, ServiceProcess.start(service, infrastructure));
        }
        return system;
    }

    URI uri(String service, String path) {
        return services.get(service).uri(path);
    }

    /** The services' and the store's process ids by name. */
    Map<String, Long> processes() {
        Map<String, Long> processes = new LinkedHashMap<>();
        services.forEach((name, service) -> processes.put(name, service.pid()));
        processes.put("store", store.pid());
        return processes;
    }

    static long rssMegabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                            .filter(line -> line.startsWith("VmRSS:"))
                            .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                            .findFirst()
                            .orElse(0)
                    / 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    @Override
    public void close() throws Exception {
        services.values().forEach(ServiceProcess::close);
        try (broker;
                store) {
            System.out.printf("load average at the end: %s%n", loadAverage());
        }
    }

    /** The broker's and the store's processes. */
    private record Processes(String kafkaBootstrapServers, String mongoUri) implements Infrastructure {

        @Override
        public void stop() {
            // each process is closed by its owner
        }
    }
}
