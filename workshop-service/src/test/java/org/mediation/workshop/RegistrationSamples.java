package org.mediation.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The CloudEvents registration-service publishes, read from {@code docs/contracts/registration-events/}; tests give
 * them their own ids so each test learns its own regional days and registrations.
 */
public final class RegistrationSamples {

    public static final Path CONTRACTS = Path.of("..", "docs", "contracts", "registration-events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistrationSamples() {}

    /** The sample of that type, as published: {@code "ParticipantRegistered"} is v1, {@code "….v2"} names another. */
    public static ObjectNode sample(String type) {
        String versioned = type.matches(".*\\.v\\d+") ? type : type + ".v1";
        try {
            return (ObjectNode)
                    JSON.readTree(Files.readString(CONTRACTS.resolve("registration." + versioned + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with a fresh CloudEvent id, the given regional day (subject and data) and registration. */
    public static String about(String type, String regionalDayId, String registrationId, String region) {
        ObjectNode event = sample(type);
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", regionalDayId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("regionalDayId", regionalDayId);
        if (data.has("registrationId")) {
            data.put("registrationId", registrationId);
        }
        if (data.has("region")) {
            data.put("region", region);
        }
        return event.toString();
    }
}
