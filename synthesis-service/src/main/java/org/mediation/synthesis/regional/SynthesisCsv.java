package org.mediation.synthesis.regional;

import org.mediation.platform.export.CsvTable;

/** The regional synthesis as CSV rows: the day, its attendance, each workshop and contribution, the stand. */
public final class SynthesisCsv {

    private SynthesisCsv() {}

    public static CsvTable of(RegionalSynthesis synthesis) {
        CsvTable csv = new CsvTable("section", "key", "metric", "value")
                .row("day", synthesis.regionalDayId(), "region", synthesis.region())
                .row("day", synthesis.regionalDayId(), "title", synthesis.title())
                .row("day", synthesis.regionalDayId(), "date", synthesis.date())
                .row("day", synthesis.regionalDayId(), "venue", synthesis.venue());
        Attendance attendance = synthesis.attendance();
        csv.row("attendance", "", "confirmed", attendance.confirmed())
                .row("attendance", "", "waitlisted", attendance.waitlisted())
                .row("attendance", "", "cancelled", attendance.cancelled())
                .row("attendance", "", "checkedIn", attendance.checkedIn());
        attendance
                .byCategory()
                .forEach((category, counts) -> csv.row("category", category, "confirmed", counts.confirmed())
                        .row("category", category, "checkedIn", counts.checkedIn()));
        synthesis.workshops().forEach(workshop -> {
            csv.row("workshop", workshop.workshopId(), "themeCode", workshop.themeCode())
                    .row("workshop", workshop.workshopId(), "title", workshop.title())
                    .row("workshop", workshop.workshopId(), "enrolled", workshop.enrolled())
                    .row("workshop", workshop.workshopId(), "reportStatus", workshop.reportStatus())
                    .row("workshop", workshop.workshopId(), "rapporteur", workshop.rapporteur());
            workshop.contributions()
                    .forEach(item -> csv.row("contribution", item.id(), "workshopId", workshop.workshopId())
                            .row("contribution", item.id(), "kind", item.kind())
                            .row("contribution", item.id(), "text", item.text())
                            .row("contribution", item.id(), "tags", String.join("|", item.tags())));
        });
        csv.row("stand", "", "offered", synthesis.resources().offered())
                .row("stand", "", "requests", synthesis.resources().requests());
        synthesis
                .resources()
                .items()
                .forEach(resource -> csv.row("resource", resource.resourceId(), "title", resource.title())
                        .row("resource", resource.resourceId(), "kind", resource.kind())
                        .row("resource", resource.resourceId(), "requests", resource.requests()));
        return csv;
    }
}
