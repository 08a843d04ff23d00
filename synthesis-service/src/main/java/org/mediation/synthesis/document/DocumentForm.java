package org.mediation.synthesis.document;

import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The forms a national document is answered in, chosen by {@code Accept}: JSON unless markdown, an HTML page or a PDF
 * laid out from that page is asked for.
 */
public enum DocumentForm {
    JSON(MediaType.APPLICATION_JSON_VALUE),
    MARKDOWN("text/markdown;charset=UTF-8"),
    HTML(HtmlDocument.MEDIA_TYPE),
    PDF(PdfDocument.MEDIA_TYPE);

    private final MediaType mediaType;

    DocumentForm(String mediaType) {
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    public static DocumentForm of(String accept) {
        if (accept == null) {
            return JSON;
        }
        for (DocumentForm form : new DocumentForm[] {PDF, HTML, MARKDOWN}) {
            if (accept.contains(form.mediaType.getType() + "/" + form.mediaType.getSubtype())) {
                return form;
            }
        }
        return JSON;
    }

    /** The document in this form: its JSON, or its markdown as is, as a page titled {@code title}, or as a PDF. */
    public ResponseEntity<Object> answer(Object json, String title, Supplier<String> markdown, String pdfName) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(mediaType);
        return switch (this) {
            case JSON -> answer.body(json);
            case MARKDOWN -> answer.body(markdown.get());
            case HTML -> answer.body(HtmlDocument.page(title, markdown.get()));
            case PDF ->
                answer.header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(pdfName)
                                        .build()
                                        .toString())
                        .body(PdfDocument.of(HtmlDocument.page(title, markdown.get())));
        };
    }
}
