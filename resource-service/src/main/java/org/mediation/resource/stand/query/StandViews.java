package org.mediation.resource.stand.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.mediation.platform.web.Paging;
import org.mediation.resource.catalogue.command.OfferedAtStands;
import org.springframework.stereotype.Repository;

/** Reads of the stands: the entries of one regional day, in the order they were offered, and how many there are. */
@Repository
public class StandViews implements OfferedAtStands {

    private final MongoCollection<StandEntryView> collection;

    StandViews(MongoDatabase resourceDatabase) {
        this.collection = resourceDatabase.getCollection("stand_entries", StandEntryView.class);
    }

    MongoCollection<StandEntryView> collection() {
        return collection;
    }

    @Override
    public long offeredAt(String regionalDayId) {
        return collection.countDocuments(eq("regionalDayId", regionalDayId));
    }

    public List<StandEntryView> ofDay(String regionalDayId, Paging paging) {
        return collection
                .find(eq("regionalDayId", regionalDayId))
                .sort(Sorts.ascending("offeredAt", "_id"))
                .skip(paging.skip())
                .limit(paging.size())
                .into(new ArrayList<>());
    }
}
