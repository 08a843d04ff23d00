package org.mediation.resource.stand.query;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A registration learnt from {@code registration-events}: its id and its day, nothing of the person. {@code current}
 * turns false, for good, once it is cancelled or its personal data erased.
 */
public record KnownRegistration(@BsonId String id, String regionalDayId, boolean current) {}
