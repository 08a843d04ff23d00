package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, read as Compose reads it (YAML, merge keys), says to each service only what the service
 * understands: every variable it sets is a placeholder of the service's or the platform's configuration, a variable
 * the platform reads itself, one the image's entry point reads, or a Spring Boot property under its environment name.
 * Every variable Compose asks the operator for is in {@code .env.example}. Run on every machine: no Docker needed.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES =
            List.of("registration-service", "workshop-service", "synthesis-service", "resource-service");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}?-]");
    private static final Pattern READ_BY_NAME = Pattern.compile("(?:getProperty|apply)\\(\"([A-Z][A-Z0-9_]*)\"\\)");

    @Test
    @SuppressWarnings("unchecked")
    void every_variable_compose_gives_a_service_is_one_the_service_reads() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Set<String> bootProperties = bootProperties();
        for (String service : SERVICES) {
            Map<String, Object> definition = (Map<String, Object>) services.get(service);
            assertThat(definition).as(service).containsKeys("build", "healthcheck", "stop_grace_period", "deploy");
            Set<String> known = readBy(service);
            Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
            assertThat(environment.keySet())
                    .as("%s's variables", service)
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(known.contains(name) || isBootProperty(name, bootProperties))
                            .as("%s is read by %s", name, service)
                            .isTrue());
        }
    }

    @Test
    void every_variable_compose_asks_for_is_in_env_example() throws IOException {
        Set<String> asked = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(Files.readString(ROOT.resolve("docker-compose.yml")));
        while (placeholder.find()) {
            asked.add(placeholder.group(1));
        }
        String example = Files.readString(ROOT.resolve(".env.example"));
        assertThat(asked)
                .isNotEmpty()
                .allSatisfy(name ->
                        assertThat(example).as("%s in .env.example", name).containsPattern("(?m)^#?" + name + "="));
    }

    @Test
    @SuppressWarnings("unchecked")
    void management_ports_stay_inside_and_every_service_stops_gracefully() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (String service : SERVICES) {
            Map<String, Object> definition = (Map<String, Object>) services.get(service);
            String management =
                    String.valueOf(((Map<String, Object>) definition.get("environment")).get("MANAGEMENT_PORT"));
            assertThat((List<String>) definition.get("ports")).as(service).noneMatch(port -> port.contains(management));
            assertThat(seconds(String.valueOf(definition.get("stop_grace_period"))))
                    .isGreaterThanOrEqualTo(40);
        }
        Map<String, Object> networks = (Map<String, Object>) compose.get("networks");
        assertThat((Map<String, Object>) networks.get("management")).containsEntry("internal", true);
    }

    /** The variables a service reads by name: placeholders, the platform's own, the image's entry point's. */
    private static Set<String> readBy(String service) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path folder : List.of(
                ROOT.resolve(service).resolve("src/main/resources"), ROOT.resolve("platform/src/main/resources"))) {
            for (Path file : files(folder, ".yml")) {
                collect(PLACEHOLDER, Files.readString(file), names);
            }
        }
        for (Path file : files(ROOT.resolve("platform/src/main/java"), ".java")) {
            collect(READ_BY_NAME, Files.readString(file), names);
        }
        collect(Pattern.compile("\\$([A-Z][A-Z0-9_]*)"), Files.readString(ROOT.resolve("Dockerfile")), names);
        return names;
    }

    private static boolean isBootProperty(String variable, Set<String> properties) {
        String property = variable.toLowerCase().replace('_', '.');
        return properties.contains(property)
                || properties.stream().anyMatch(map -> map.endsWith(".properties") && property.startsWith(map + "."));
    }

    /** Every property Spring Boot's configuration metadata describes. */
    private static Set<String> bootProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(
                ComposeFileTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    names.add(property.path("name").asText());
                }
            }
        }
        assertThat(names).contains("spring.data.mongodb.uri", "spring.mail.host");
        return names;
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(extension)).toList();
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> names) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }

    private static long seconds(String duration) {
        return Long.parseLong(duration.replace("s", ""));
    }
}
