package org.mediation.synthesis.integration.outbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import java.util.Optional;
import java.util.TreeSet;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.PublishedVersion.ThemeSection;
import org.mediation.synthesis.edition.api.VersionPublished;
import org.springframework.stereotype.Component;

/**
 * The one place where synthesis' internal events become published ones, on {@value #TOPIC} (record key = edition id):
 * a published version of the national restitution. The platform's outbox sends it as a CloudEvent; every other edition
 * event stays inside. The exact sample is in {@code docs/contracts/national-restitutions/}.
 */
@Component
class PublishedEventTranslator implements org.mediation.platform.outbox.PublishedEventTranslator {

    static final String TOPIC = "national-restitutions";

    // spotless:off
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = RestitutionVersionPublishedV1.class,
            message = @AsyncMessage(messageId = RestitutionVersionPublishedV1.TYPE, name = RestitutionVersionPublishedV1.TYPE, description = "The national office published a numbered version of a national restitution's edition; it never changes afterwards.")))
    @KafkaAsyncOperationBinding
    // spotless:on
    @Override
    public Optional<PublishedEvent> translate(Object internalEvent) {
        if (!(internalEvent instanceof VersionPublished published)) {
            return Optional.empty();
        }
        PublishedVersion version = published.version();
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> statements = new TreeSet<>();
        version.themes().stream().flatMap(theme -> theme.statements().stream()).forEach(statement -> {
            statements.add(statement.statementId());
            statement.sources().forEach(source -> regions.add(source.region()));
        });
        return Optional.of(new PublishedEvent(
                RestitutionVersionPublishedV1.TYPE,
                version.editionId(),
                new RestitutionVersionPublishedV1(
                        version.editionId(),
                        version.number(),
                        version.title(),
                        version.from(),
                        version.to(),
                        version.publishedAt(),
                        version.themes().stream().map(ThemeSection::themeCode).toList(),
                        statements.size(),
                        regions.stream().toList(),
                        "/api/national/editions/" + version.editionId() + "/versions/" + version.number())));
    }
}
