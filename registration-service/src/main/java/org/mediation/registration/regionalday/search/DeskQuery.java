package org.mediation.registration.regionalday.search;

/**
 * What the welcome desk typed, normalised ({@link SearchText}): at least {@value #MIN_LENGTH} characters, so that a
 * single letter never lists half the day, and at most {@value #MAX_LENGTH} (the longest email).
 */
public record DeskQuery(String text) {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 254;

    public DeskQuery {
        text = text == null ? "" : SearchText.normalised(text);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "q must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; it has " + length + ".");
        }
    }
}
