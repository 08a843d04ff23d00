package org.mediation.synthesis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mediation.synthesis.history.InboundEvent;

/** The CloudEvents the producers are pinned to publish (docs/contracts), read as synthesis reads them. */
public final class Contracts {

    private static final Path FOLDER = Path.of("..", "docs", "contracts");
    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private Contracts() {}

    public static InboundEvent sample(String type) {
        String topic = type.substring(0, type.indexOf('.')) + "-events";
        try {
            return JSON.readValue(Files.readString(FOLDER.resolve(topic).resolve(type + ".json")), InboundEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every pinned sample of the three topics synthesis consumes, in file-name order per topic. */
    public static List<InboundEvent> all() {
        List<InboundEvent> all = new ArrayList<>();
        for (String topic : List.of("registration-events", "workshop-events", "resource-events")) {
            try (Stream<Path> files = Files.list(FOLDER.resolve(topic))) {
                files.sorted()
                        .forEach(file ->
                                all.add(sample(file.getFileName().toString().replace(".json", ""))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** One more event of the sample's shape: another event id and some data fields replaced. */
    public static InboundEvent sample(String type, String eventId, Map<String, String> fields) {
        InboundEvent sample = sample(type);
        ObjectNode data = sample.data().deepCopy();
        fields.forEach(data::put);
        return new InboundEvent(eventId, sample.source(), sample.type(), sample.subject(), sample.time(), data);
    }
}
