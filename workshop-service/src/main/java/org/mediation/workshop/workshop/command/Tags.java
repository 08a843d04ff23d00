package org.mediation.workshop.workshop.command;

import java.util.LinkedHashSet;
import java.util.List;

/** Optional free keywords of a contribution: at most 20, each 1 to 50 characters, trimmed, without repeats. */
record Tags(List<String> values) {

    static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 50;

    Tags {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String tag : values == null ? List.<String>of() : values) {
            if (tag == null || tag.isBlank() || tag.strip().length() > MAX_LENGTH) {
                throw new IllegalArgumentException("each tag must have 1 to " + MAX_LENGTH + " characters");
            }
            distinct.add(tag.strip());
        }
        if (distinct.size() > MAX_TAGS) {
            throw new IllegalArgumentException("a contribution has at most " + MAX_TAGS + " tags");
        }
        values = List.copyOf(distinct);
    }
}
