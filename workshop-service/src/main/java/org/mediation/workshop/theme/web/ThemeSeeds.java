package org.mediation.workshop.theme.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.mediation.workshop.theme.api.AddTheme;
import org.mediation.workshop.theme.query.Themes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The catalogue's initial content, the seed's five themes, is data ({@code themes/seed-themes.json}), added at start in
 * its order when the catalogue lacks it: published like any other addition, so every context learns it. Another
 * instance adding the same theme at the same moment is no failure.
 */
@Component
class ThemeSeeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ThemeSeeds.class);
    private static final String SEEDS = "/themes/seed-themes.json";

    private final CommandGateway commands;
    private final Themes themes;
    private final ObjectMapper json;

    ThemeSeeds(CommandGateway commands, Themes themes, ObjectMapper json) {
        this.commands = commands;
        this.themes = themes;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        for (AddTheme seed : seeds()) {
            if (!themes.knows(seed.code())) {
                try {
                    commands.sendAndWait(seed);
                    log.info("Theme {} added to the catalogue (seed)", seed.code());
                } catch (AggregateStreamCreationException addedElsewhere) {
                    log.info("Theme {} was added by another instance", seed.code());
                }
            }
        }
    }

    private List<AddTheme> seeds() throws IOException {
        try (InputStream seeds = ThemeSeeds.class.getResourceAsStream(SEEDS)) {
            return json.readValue(seeds, new TypeReference<>() {});
        }
    }
}
