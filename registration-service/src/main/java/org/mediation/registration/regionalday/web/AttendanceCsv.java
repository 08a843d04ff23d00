package org.mediation.registration.regionalday.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The attendance list as CSV (RFC 4180, header row). Cells that a spreadsheet would run as a formula are prefixed
 * with a quote.
 */
final class AttendanceCsv {

    private static final String HEADER = "id,status,checkedIn,category,organisation,firstName,lastName,email";

    private AttendanceCsv() {}

    static String of(List<RegistrationDetails> registrations) {
        return Stream.concat(Stream.of(HEADER), registrations.stream().map(AttendanceCsv::row))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String row(RegistrationDetails r) {
        return Stream.of(
                        r.id(),
                        r.status(),
                        String.valueOf(r.checkedIn()),
                        r.category(),
                        r.organisation(),
                        r.firstName(),
                        r.lastName(),
                        r.email())
                .map(AttendanceCsv::cell)
                .collect(Collectors.joining(","));
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
