package org.mediation.registration.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registrations are stored in two shapes, the organisation in clear ({@link ParticipantRegistered#organisation()},
 * before issue 28) or sealed ({@link SealedPersonalData#organisation()}, since): the one a registration does not have
 * is left out of its JSON rather than written as null, so an event stored before reads and writes back as it was. The
 * same holds for a check-in recorded before check-ins were numbered ({@link ParticipantCheckedIn#checkIn()}).
 */
@Configuration(proxyBeanMethods = false)
class StoredEventShapes {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer organisationWrittenOnlyWhereItIs() {
        return builder -> builder.mixIn(ParticipantRegistered.class, NullsLeftOut.class)
                .mixIn(SealedPersonalData.class, NullsLeftOut.class)
                .mixIn(ParticipantCheckedIn.class, NullsLeftOut.class);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface NullsLeftOut {}
}
