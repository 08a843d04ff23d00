package org.mediation.resource.stand.query;

import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One resource offered at one regional day's stand, with the requests it met there. The id is
 * {@code <regionalDayId>/<resourceId>}; {@code version} is the resource's last applied event sequence number.
 */
public record StandEntryView(
        @BsonId String id, String regionalDayId, String resourceId, Instant offeredAt, long requests, long version) {

    static String idOf(String regionalDayId, String resourceId) {
        return regionalDayId + "/" + resourceId;
    }
}
