package org.mediation.synthesis.restitution;

import java.util.function.Function;
import org.mediation.synthesis.document.HtmlDocument;
import org.mediation.synthesis.document.PdfDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The forms a restitution is answered in, chosen by {@code Accept}: JSON unless markdown, HTML or PDF is asked for. */
enum RestitutionForm {
    JSON(MediaType.APPLICATION_JSON_VALUE, restitution -> restitution),
    MARKDOWN("text/markdown;charset=UTF-8", RestitutionMarkdown::of),
    HTML(HtmlDocument.MEDIA_TYPE, RestitutionForm::page),
    PDF(PdfDocument.MEDIA_TYPE, restitution -> PdfDocument.of(page(restitution)));

    private final MediaType mediaType;
    private final Function<Restitution, Object> body;

    RestitutionForm(String mediaType, Function<Restitution, Object> body) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.body = body;
    }

    static RestitutionForm of(String accept) {
        if (accept == null) {
            return JSON;
        }
        for (RestitutionForm form : new RestitutionForm[] {PDF, HTML, MARKDOWN}) {
            if (accept.contains(form.mediaType.getType() + "/" + form.mediaType.getSubtype())) {
                return form;
            }
        }
        return JSON;
    }

    ResponseEntity<Object> answer(Restitution restitution) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(mediaType);
        if (this == PDF) {
            String filename = "restitution-" + restitution.from() + "-" + restitution.to() + ".pdf";
            answer.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename).build().toString());
        }
        return answer.body(body.apply(restitution));
    }

    private static String page(Restitution restitution) {
        return HtmlDocument.page(RestitutionMarkdown.title(restitution), RestitutionMarkdown.of(restitution));
    }
}
