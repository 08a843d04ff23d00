package org.mediation.synthesis.national;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mediation.platform.web.Paging;
import org.mediation.synthesis.regional.DayFigures;
import org.springframework.stereotype.Repository;

/**
 * The regional days counted nationally, a page at a time, by date then id: read from the live regional projections
 * ({@code regional_projections}) with only what names a day and the figures stored beside it, never a day's
 * registrations or workshops. A day is counted once known (it has figures).
 */
@Repository
class RegionalDayListing {

    private static final String FIGURES = "_summary";

    private final MongoCollection<Document> days;
    private final ObjectMapper json;

    RegionalDayListing(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.days = synthesisDatabase.getCollection("regional_projections");
        this.json = json;
    }

    /** One page of the days (of one region, when given), and how many there are in all. */
    Page page(Optional<String> region, Paging paging) {
        Bson known = ne(FIGURES, null);
        Bson filter = region.map(code -> and(known, eq("region", code))).orElse(known);
        List<DaySummary> page = new ArrayList<>();
        days.find(filter)
                .projection(include("region", "title", "date", "venue", FIGURES))
                .sort(ascending("date", "_id"))
                .skip(paging.skip())
                .limit(paging.size())
                .forEach(day -> page.add(summary(day)));
        return new Page(page, days.countDocuments(filter));
    }

    record Page(List<DaySummary> days, long total) {}

    private DaySummary summary(Document day) {
        try {
            DayFigures figures = json.readValue(day.get(FIGURES, Document.class).toJson(), DayFigures.class);
            return new DaySummary(
                    day.getString("_id"),
                    day.getString("region"),
                    day.getString("title"),
                    Optional.ofNullable(day.getString("date"))
                            .map(LocalDate::parse)
                            .orElse(null),
                    day.getString("venue"),
                    figures.attendance().confirmed(),
                    figures.attendance().checkedIn(),
                    figures.workshopThemes().size(),
                    figures.counted());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable figures of regional day " + day.get("_id"), e);
        }
    }
}
