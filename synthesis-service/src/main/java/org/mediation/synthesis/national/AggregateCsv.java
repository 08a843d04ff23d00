package org.mediation.synthesis.national;

import org.mediation.platform.export.CsvTable;

/** The national aggregate as CSV rows, one figure per row. */
final class AggregateCsv {

    private AggregateCsv() {}

    static CsvTable of(NationalAggregate aggregate) {
        CsvTable csv = new CsvTable("section", "key", "metric", "value")
                .row("aggregate", "", "asOf", aggregate.asOf())
                .row("aggregate", "", "regionalDays", aggregate.regionalDays())
                .row("attendance", "", "confirmed", aggregate.attendance().confirmed())
                .row("attendance", "", "waitlisted", aggregate.attendance().waitlisted())
                .row("attendance", "", "checkedIn", aggregate.attendance().checkedIn());
        aggregate
                .attendance()
                .byCategory()
                .forEach((category, counts) -> csv.row("category", category, "confirmed", counts.confirmed())
                        .row("category", category, "checkedIn", counts.checkedIn()));
        aggregate
                .regions()
                .forEach((region, figures) -> csv.row("region", region, "regionalDays", figures.regionalDays())
                        .row("region", region, "confirmed", figures.confirmed())
                        .row("region", region, "checkedIn", figures.checkedIn())
                        .row("region", region, "workshops", figures.workshops())
                        .row("region", region, "contributions", figures.contributions()));
        aggregate.themes().forEach((theme, figures) -> {
            csv.row("theme", theme, "workshops", figures.workshops())
                    .row("theme", theme, "regions", String.join("|", figures.regions()));
            figures.contributions().forEach((kind, count) -> csv.row("theme", theme, kind, count));
        });
        NationalAggregate.ResourceFigures resources = aggregate.resources();
        return csv.row("resources", "", "catalogued", resources.catalogued())
                .row("resources", "", "sharedNationally", resources.sharedNationally())
                .row("resources", "", "offeredAtStands", resources.offeredAtStands())
                .row("resources", "", "requests", resources.requests());
    }
}
