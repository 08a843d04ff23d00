package org.mediation.synthesis.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An {@link HtmlDocument} page as PDF, laid out by openhtmltopdf (PDFBox). The text is set in Liberation Sans, the
 * font PDFBox ships, embedded so that every character prints and can be extracted again; bold and italic use the
 * PDF's built-in Helvetica faces, falling back to Liberation Sans for any glyph they lack (beyond Latin-1).
 */
public final class PdfDocument {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfDocument() {}

    public static byte[] of(String htmlPage) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> PdfDocument.class.getResourceAsStream(FONT), "Liberation Sans")
                    .withHtmlContent(htmlPage, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be laid out", e);
        }
        return pdf.toByteArray();
    }
}
