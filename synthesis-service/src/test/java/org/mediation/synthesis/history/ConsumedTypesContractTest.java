package org.mediation.synthesis.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthesis' own copy of the type names it reads equals the type of a producer's pinned sample, name by name. */
class ConsumedTypesContractTest {

    private static final Path CONTRACTS = Path.of("..", "docs", "contracts");

    @Test
    void every_consumed_type_is_the_type_of_a_published_sample() throws Exception {
        List<String> types = Arrays.stream(ConsumedTypes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers())
                        && !field.getName().endsWith("_PREFIX"))
                .map(ConsumedTypesContractTest::value)
                .toList();

        assertThat(types).hasSize(30);
        for (String type : types) {
            String topic = type.substring(0, type.indexOf('.')) + "-events";
            Path sample = CONTRACTS.resolve(topic).resolve(type + ".json");
            assertThat(sample).as(type).exists();
            assertThat(new ObjectMapper().readTree(sample.toFile()).path("type").asText())
                    .isEqualTo(type);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
