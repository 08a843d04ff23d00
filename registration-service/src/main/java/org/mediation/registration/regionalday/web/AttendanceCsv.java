package org.mediation.registration.regionalday.web;

import org.mediation.platform.export.CsvTable;

/** The attendance list as a CSV table (header row; the platform neutralises formulas), filled a row at a time. */
final class AttendanceCsv {

    private final CsvTable table =
            new CsvTable("id", "status", "checkedIn", "category", "organisation", "firstName", "lastName", "email");
    private int rows;

    void add(RegistrationDetails r) {
        table.row(
                r.id(),
                r.status(),
                String.valueOf(r.checkedIn()),
                r.category(),
                r.organisation(),
                r.firstName(),
                r.lastName(),
                r.email());
        rows++;
    }

    int rows() {
        return rows;
    }

    CsvTable table() {
        return table;
    }
}
