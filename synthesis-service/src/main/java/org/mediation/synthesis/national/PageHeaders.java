package org.mediation.synthesis.national;

import org.mediation.platform.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a paged list answers beside its JSON array (the body keeps the shape it always had): {@code X-Total-Count},
 * and a {@code Link} to the next page while there is one.
 */
final class PageHeaders {

    /** The size of a page when none is asked for, and the largest one may ask for. */
    static final int DEFAULT_SIZE = 100;

    static final int MAX_SIZE = 500;

    private PageHeaders() {}

    static HttpHeaders of(Paging paging, long total) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", String.valueOf(total));
        if ((long) paging.skip() + paging.size() < total) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", paging.page() + 1)
                    .replaceQueryParam("size", paging.size())
                    .build()
                    .toUriString();
            headers.set(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return headers;
    }
}
