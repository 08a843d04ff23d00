package org.mediation.resource.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mediation.resource.catalogue.api.ResourceDetails;
import org.mediation.resource.catalogue.api.ResourceKind;

/** The body of publish and revise; an unknown kind or theme code fails to read (400). */
record ResourceBody(
        @NotNull ResourceKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> authors,
        @Size(max = 300) String publisher,
        Integer year,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 41) String> themeCodes,
        @Size(max = 2000) String url,
        @Size(max = 30) String isbn) {

    ResourceDetails details() {
        return new ResourceDetails(kind, title, authors, publisher, year, themeCodes, url, isbn);
    }
}
