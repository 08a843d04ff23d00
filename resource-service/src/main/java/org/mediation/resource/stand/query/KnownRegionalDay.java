package org.mediation.resource.stand.query;

import java.time.LocalDate;
import org.bson.codecs.pojo.annotations.BsonId;

/** This service's copy of a regional day scheduled by the registration context: what a stand needs of it. */
public record KnownRegionalDay(@BsonId String id, String region, LocalDate date, String title) {}
