package org.mediation.synthesis.regional;

/**
 * User-supplied text made literal inside a markdown document: on one line (no blank line can start a heading, a list
 * or a block of HTML), and every character that could open an inline construct (emphasis, code, link, image, raw HTML,
 * entity, strikethrough, table cell, heading mark) backslash-escaped, as CommonMark allows for any ASCII punctuation.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_[]<>&~|!#";

    private MarkdownText() {}

    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder literal = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\s+", " ").strip().toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.toString();
    }
}
