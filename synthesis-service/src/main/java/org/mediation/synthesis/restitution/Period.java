package org.mediation.synthesis.restitution;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The regional days a restitution covers: those dated from {@code from} to {@code to}, both included. */
record Period(LocalDate from, LocalDate to) {

    Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
    }

    static Period of(String from, String to) {
        return new Period(date("from", from), date("to", to));
    }

    boolean covers(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2019-12-04, not '" + value + "'");
        }
    }
}
