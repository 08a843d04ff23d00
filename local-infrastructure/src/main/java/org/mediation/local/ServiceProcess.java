package org.mediation.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One service's executable jar run as its own JVM on the shared test infrastructure, for end-to-end tests that
 * cross services the way production does.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    /** Other JVM options for the services started, space separated, instead of {@link #jvmOptions()}. */
    public static final String JVM_OPTIONS = "services.jvm-options";
    /** The ports {@link #freePort()} answered. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, int managementPort, Path log) {
        this.name = name;
        this.log = log;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts {@code <module>/target/<module>-<version>-exec.jar} (relative to the repository root), waits until ready. */
    public static ServiceProcess start(String module, Infrastructure infrastructure) throws IOException {
        return start(module, infrastructure, Map.of());
    }

    /**
     * The same with settings of its own ({@code --NAME=value}); {@code server.port} among them chooses the port (else a
     * free one), {@code MANAGEMENT_PORT} moves the actuator, and the wait for UP goes there.
     */
    public static ServiceProcess start(String module, Infrastructure infrastructure, Map<String, String> settings)
            throws IOException {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "server.port", Integer.toString(freePort()),
                "spring.profiles.active", "local",
                "spring.data.mongodb.uri", infrastructure.mongoUri(),
                "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers()));
        all.putAll(settings);
        int port = Integer.parseInt(all.get("server.port"));
        Path log = Files.createTempFile(module, ".log");
        List<String> command = command(module, List.of());
        all.forEach((name, value) -> command.add("--" + name + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        int managementPort =
                settings.containsKey("MANAGEMENT_PORT") ? Integer.parseInt(settings.get("MANAGEMENT_PORT")) : port;
        ServiceProcess service = new ServiceProcess(module, process, port, managementPort, log);
        service.awaitHealthy(log, Duration.ofSeconds(120));
        return service;
    }

    /**
     * The java command that starts the module's executable jar with {@link #jvmOptions()}, then {@code more} (a later
     * JVM option wins), before any setting.
     */
    public static List<String> command(String module, List<String> more) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions());
        command.addAll(more);
        command.addAll(ExtractedJar.of(executableJar(module)).launch());
        return command;
    }

    /**
     * The JVM options of every service: those of {@code service-jvm.options}, which {@code ./run-local.sh} starts the
     * services with too, unless {@code -Dservices.jvm-options} says otherwise.
     */
    public static List<String> jvmOptions() {
        String chosen = System.getProperty(JVM_OPTIONS);
        if (chosen != null) {
            return List.of(chosen.split(" "));
        }
        try (InputStream options = ServiceProcess.class.getResourceAsStream("/service-jvm.options")) {
            return new String(options.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read service-jvm.options", e);
        }
    }

    /** The file its console goes to. */
    public Path log() {
        return log;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** On the management port: the API port unless {@code MANAGEMENT_PORT} was given. */
    public URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    private void awaitHealthy(Path log, Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(managementUri("/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        close();
        throw new IllegalStateException(name + " did not become healthy; see " + log);
    }

    /** From the repository this runs in, or from another checkout's build: {@code -Dservices.root=<its root>}. */
    private static Path executableJar(String module) {
        Path root = Path.of(System.getProperty("services.root", repositoryRoot().toString()));
        Path target = root.resolve(module).resolve("target");
        File[] jars = target.toFile().listFiles((dir, file) -> file.startsWith(module) && file.endsWith("-exec.jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No executable jar in " + target + ": run `mvn -B verify` from the root");
        }
        return jars[0].toPath();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("run-local.sh")) && !Files.exists(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    /**
     * A port free now and never answered before in this JVM: services started side by side each ask for one before
     * any of them binds it, and the system may give a port just closed to the next asker (seen: two services given the
     * same port, the second's health answered by the first).
     */
    public static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The operating system's process id: the same one before and after a fault means no restart. */
    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: the process gets no chance to finish anything (no shutdown hook, no flush). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
