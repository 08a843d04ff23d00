package org.mediation.synthesis.document;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.web.util.HtmlUtils;

/**
 * One of the service's markdown documents as a standalone, printable HTML page in French. Rendered by commonmark with
 * raw HTML escaped and unsafe link targets dropped: even a text that escaped {@code MarkdownText.literal} could not
 * inject markup. The page is well-formed XHTML, so {@link PdfDocument} renders it as is.
 */
public final class HtmlDocument {

    public static final String MEDIA_TYPE = "text/html;charset=UTF-8";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final String STYLE = "@page { size: A4; margin: 18mm 16mm; }"
            + " body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45;"
            + " color: #1b1b1b; max-width: 48em; margin: 0 auto; }"
            + " h1 { font-size: 20pt; color: #123c69; } h2 { font-size: 15pt; color: #123c69;"
            + " border-bottom: 1px solid #c8d3e0; padding-bottom: 2pt; margin-top: 18pt; }"
            + " h3 { font-size: 13pt; margin-top: 14pt; }"
            + " h4 { font-size: 9.5pt; margin: 8pt 0 2pt; color: #123c69; text-transform: uppercase;"
            + " letter-spacing: .6pt; }"
            + " li { margin: 2pt 0; } em { color: #4a4a4a; }";

    private HtmlDocument() {}

    /** The page of a markdown document, titled {@code title} (plain text, escaped here). */
    public static String page(String title, String markdown) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\" /><title>"
                + HtmlUtils.htmlEscape(title, "UTF-8")
                + "</title><style>"
                + STYLE
                + "</style></head><body><main>\n"
                + RENDERER.render(PARSER.parse(markdown))
                + "</main></body></html>\n";
    }
}
