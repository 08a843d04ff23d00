package org.mediation.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Stored events stay readable, in every event-sourced service (a service's {@code StoredEventsTest}, a Spring test
 * that implements this with its aggregate; the event serializer comes from its context): every event the aggregate
 * applies carries a revision and has a golden file, its JSON as the store holds it since before revisions existed
 * ({@code src/test/resources/stored-events}); each reads back into its class with every field, and a stored type
 * nobody knows is never taken for a known one (the outbox parks it, loudly: OutboxSafetyTest in registration-service).
 */
public interface StoredEventsContract {

    Path GOLDEN = Path.of("src/test/resources/stored-events");
    ObjectMapper JSON = new ObjectMapper();

    /** The event-sourced aggregate whose events are stored. */
    Class<?> aggregate();

    /** The package of the aggregate's events: {@code api} beside its {@code command} package. */
    default String eventsPackage() {
        return aggregate().getPackageName().replaceFirst("\\.command$", ".api");
    }

    @Test
    default void every_stored_event_type_reads_back_with_every_field(
            @Autowired @Qualifier("eventSerializer") Serializer events) throws IOException {
        List<Path> files = golden();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String type = type(file);
            String stored = Files.readString(file).strip();

            Object event = events.deserialize(new SimpleSerializedObject<>(stored, String.class, type, null));

            assertThat(event.getClass().getName()).isEqualTo(type);
            assertThat(JSON.readTree(events.serialize(event, String.class).getData()))
                    .as(type)
                    .isEqualTo(JSON.readTree(stored));
        }
    }

    @Test
    default void every_event_the_aggregate_applies_has_a_revision_and_a_golden_file() throws IOException {
        Set<String> golden = golden().stream().map(StoredEventsContract::type).collect(Collectors.toSet());
        Set<JavaClass> applied = new ClassFileImporter()
                .importClasses(aggregate()).get(aggregate()).getConstructorCallsFromSelf().stream()
                        .map(JavaConstructorCall::getTargetOwner)
                        .filter(owner -> owner.getPackageName().equals(eventsPackage()))
                        .collect(Collectors.toSet());

        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(event -> {
            assertThat(event.isAnnotatedWith(Revision.class))
                    .as(event.getName() + " has a revision")
                    .isTrue();
            assertThat(golden).as(event.getName() + " has a golden file").contains(event.getName());
        });
    }

    @Test
    default void an_unknown_stored_type_is_not_read_as_a_known_one(
            @Autowired @Qualifier("eventSerializer") Serializer events) {
        Object unknown = events.deserialize(
                new SimpleSerializedObject<>("{}", String.class, eventsPackage() + ".NoLongerKnown", "1"));

        assertThat(unknown).isInstanceOf(UnknownSerializedType.class);
        assertThat(((UnknownSerializedType) unknown).serializedType().getName()).endsWith("NoLongerKnown");
    }

    private static List<Path> golden() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.sorted().toList();
        }
    }

    private static String type(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
