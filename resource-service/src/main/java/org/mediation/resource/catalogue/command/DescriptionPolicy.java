package org.mediation.resource.catalogue.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.mediation.resource.catalogue.api.ResourceDetails;

/**
 * A resource is described by a kind, a title and at least one national theme; authors, publisher, year, URL and ISBN
 * are optional but valid when given. Returns the details normalised (trimmed, ISBN without hyphens).
 */
final class DescriptionPolicy {

    private static final int MAX_TEXT = 300;
    private static final int MAX_AUTHORS = 50;

    private DescriptionPolicy() {}

    static ResourceDetails validated(ResourceDetails details) {
        if (details == null || details.kind() == null) {
            throw new IllegalArgumentException("kind is required");
        }
        return new ResourceDetails(
                details.kind(),
                text("title", details.title()),
                authors(details.authors()),
                optionalText("publisher", details.publisher()),
                details.year() == null ? null : new PublicationYear(details.year()).value(),
                themes(details.themeCodes()),
                details.url() == null || details.url().isBlank()
                        ? null
                        : new WebAddress(details.url().trim()).value(),
                details.isbn() == null || details.isbn().isBlank()
                        ? null
                        : Isbn.parse(details.isbn()).value());
    }

    private static List<String> authors(List<String> authors) {
        if (authors == null) {
            return List.of();
        }
        if (authors.size() > MAX_AUTHORS) {
            throw new IllegalArgumentException("a resource has at most " + MAX_AUTHORS + " authors");
        }
        List<String> trimmed = new ArrayList<>();
        authors.forEach(author -> trimmed.add(text("author", author)));
        return List.copyOf(trimmed);
    }

    private static List<String> themes(List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.stream().anyMatch(code -> code == null || code.isBlank())) {
            throw new IllegalArgumentException("at least one theme code of the national catalogue is required");
        }
        return List.copyOf(new LinkedHashSet<>(codes));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
        return value.trim();
    }

    private static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : text(field, value);
    }
}
