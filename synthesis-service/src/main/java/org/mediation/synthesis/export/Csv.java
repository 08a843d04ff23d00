package org.mediation.synthesis.export;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The exports' CSV: RFC 4180 (comma separated, CRLF, fields quoted when they hold a comma, quote or line break) in a
 * long layout, {@code section,key,metric,value}, so every figure and every contribution is one row a spreadsheet can
 * filter and pivot.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final StringBuilder text = new StringBuilder();

    public Csv() {
        row("section", "key", "metric", "value");
    }

    public Csv row(String section, String key, String metric, Object value) {
        text.append(Stream.of(section, key, metric, value)
                        .map(field -> field == null ? "" : quote(field.toString()))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
        return this;
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
