package org.mediation.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mediation.local.ServiceProcess;

/**
 * A real Keycloak, once per test JVM: the server distribution from Maven Central (unpacked by the build into
 * {@code target/keycloak}), in dev mode on a free port of 127.0.0.1, with the project's realm
 * ({@code identity/realm-regional-days.json}) and demo users ({@code identity/demo-users.json}) imported as
 * {@code ./run-local.sh --idp} does. It needs a JDK 21 or newer ({@code KEYCLOAK_JAVA_HOME}, else the newest under
 * {@code /usr/lib/jvm}); without one the tests that need it fail, saying what to install.
 *
 * <p>Its first start takes 45–50 s on these machines, mostly Quarkus' build and the database's creation: {@link
 * #startInBackground()} lets it start while earlier tests wait out outages.
 */
final class Keycloak {

    static final String REALM = "regional-days";
    static final String DASHBOARD_CLIENT = "regional-days-dashboard";
    static final String SCRIPTS_CLIENT = "regional-days-scripts";
    static final String SCRIPTS_SECRET = "regional-days-scripts-local-secret";
    static final String AUDIENCE = "regional-days-api";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-local";
    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CompletableFuture<Keycloak> starting;

    private final Process process;
    private final int port;
    /** The dashboard's port the realm's redirect URIs name (the synthesis instance signing in through it). */
    final int dashboardPort;

    private final HttpClient http = HttpClient.newHttpClient();

    private Keycloak(Process process, int port, int dashboardPort) {
        this.process = process;
        this.port = port;
        this.dashboardPort = dashboardPort;
    }

    /** Starts it once, without waiting. */
    static synchronized CompletableFuture<Keycloak> startInBackground() {
        if (starting == null) {
            starting = CompletableFuture.supplyAsync(Keycloak::start);
        }
        return starting;
    }

    /** The running Keycloak, started now if nothing started it before. */
    static Keycloak get() {
        return startInBackground().join();
    }

    private static Keycloak start() {
        try {
            Path home = unpackedDistribution();
            Path data = home.resolve("data");
            deleteRecursively(data);
            Files.createDirectories(data.resolve("import"));
            Files.copy(repository().resolve("identity/realm-regional-days.json"), data.resolve("import/realm.json"));
            int port = ServiceProcess.freePort();
            int dashboardPort = ServiceProcess.freePort();
            Path log = Files.createTempFile("keycloak", ".log");
            Path java = javaHome();
            ProcessBuilder builder = new ProcessBuilder(
                            "bash",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--hostname=http://127.0.0.1:" + port,
                            "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("JAVA_HOME", java.toString());
            environment.put("PATH", java.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
            // C1 only: a third less CPU for a server that lives a few minutes (measured: 29 s instead of 44 s).
            environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            environment.put("DASHBOARD_URL", "http://127.0.0.1:" + dashboardPort);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            Keycloak keycloak = new Keycloak(process, port, dashboardPort);
            keycloak.awaitRealm(log);
            keycloak.addDemoUsers();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, as its tokens name it. */
    String issuer() {
        return issuer(REALM);
    }

    String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** An access token for a demo user, from the scripts' confidential client (the README's curl line). */
    String token(String username) {
        return tokens(REALM, SCRIPTS_CLIENT, SCRIPTS_SECRET, username, username + "-local")
                .path("access_token")
                .asText();
    }

    /**
     * The token endpoint's answer to a password grant in {@code realm} for {@code clientId} ({@code secret} null for a
     * public client).
     */
    JsonNode tokens(String realm, String clientId, String secret, String username, String password) {
        Map<String, String> form = new HashMap<>(Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", password,
                "scope", "openid"));
        if (secret != null) {
            form.put("client_secret", secret);
        }
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + " in " + realm + ": " + answer.body());
        }
        return json(answer.body());
    }

    /** Changes the realm with the admin API ({@code PUT /admin/realms/regional-days}, only the fields given). */
    void updateRealm(Map<String, Object> fields) {
        try {
            HttpResponse<String> answer = send(admin(URI.create(adminUri("")))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields))));
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("Updating the realm failed: " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Path log) {
        Instant deadline = Instant.now().plus(STARTUP);
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        stop(process);
        throw new IllegalStateException("Keycloak did not serve its realm within " + STARTUP + "; see " + log);
    }

    /** identity/demo-users.json through the admin API's partial import, as run-local.sh does. */
    private void addDemoUsers() throws IOException {
        HttpResponse<String> answer = send(admin(URI.create(adminUri("/partialImport")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(repository().resolve("identity/demo-users.json"))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Importing the demo users failed: " + answer.body());
        }
    }

    private HttpRequest.Builder admin(URI uri) {
        String token = tokens("master", "admin-cli", null, ADMIN, ADMIN_PASSWORD)
                .path("access_token")
                .asText();
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    private String adminUri(String path) {
        return "http://127.0.0.1:" + port + "/admin/realms/" + REALM + path;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code target/keycloak/keycloak-<version>}, unpacked by the build (maven-dependency-plugin, system-tests/pom.xml). */
    private static Path unpackedDistribution() throws IOException {
        try (Stream<Path> unpacked = Files.list(Path.of("target", "keycloak"))) {
            return unpacked.filter(path -> path.getFileName().toString().startsWith("keycloak-"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "No Keycloak distribution in system-tests/target/keycloak: run the tests through Maven "
                            + "(mvn -B verify), which unpacks org.keycloak:keycloak-quarkus-dist there",
                    e);
        }
    }

    /** A JDK 21 or newer: KEYCLOAK_JAVA_HOME, else the newest under /usr/lib/jvm (the services stay on 17). */
    static Path javaHome() {
        Optional<Path> chosen = Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME"))
                .map(Path::of)
                .filter(home -> javaVersion(home) >= 21);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        try (Stream<Path> homes = Files.list(Path.of("/usr/lib/jvm"))) {
            return homes.filter(home -> javaVersion(home) >= 21)
                    .max(Comparator.comparingInt(Keycloak::javaVersion))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Keycloak needs a JDK 21 or newer, and none was found (KEYCLOAK_JAVA_HOME, /usr/lib/jvm): install"
                            + " one (e.g. Temurin 21 or 25) or set KEYCLOAK_JAVA_HOME",
                    e);
        }
    }

    /** The feature version in a JDK's {@code release} file (JAVA_VERSION="25.0.1"), 0 when unreadable. */
    private static int javaVersion(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1"))
                    .mapToInt(Integer::parseInt)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("identity"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
