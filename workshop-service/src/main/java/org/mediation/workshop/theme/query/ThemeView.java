package org.mediation.workshop.theme.query;

import org.bson.codecs.pojo.annotations.BsonId;

/** One theme of the catalogue as it stands: {@code rank} is its place in the catalogue, in the order themes were added. */
public record ThemeView(@BsonId String code, String labelFr, String labelEn, boolean retired, int rank) {}
