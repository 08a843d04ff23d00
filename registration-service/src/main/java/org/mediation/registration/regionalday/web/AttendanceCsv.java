package org.mediation.registration.regionalday.web;

import java.util.List;
import org.mediation.platform.export.CsvTable;

/** The attendance list as a CSV table (header row; the platform neutralises formulas). */
final class AttendanceCsv {

    private AttendanceCsv() {}

    static CsvTable of(List<RegistrationDetails> registrations) {
        CsvTable table =
                new CsvTable("id", "status", "checkedIn", "category", "organisation", "firstName", "lastName", "email");
        registrations.forEach(r -> table.row(
                r.id(),
                r.status(),
                String.valueOf(r.checkedIn()),
                r.category(),
                r.organisation(),
                r.firstName(),
                r.lastName(),
                r.email()));
        return table;
    }
}
