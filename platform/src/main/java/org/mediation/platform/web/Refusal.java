package org.mediation.platform.web;

import org.springframework.http.HttpStatus;

/** How a context's own exception is answered: its status and title; the detail is the exception's message. */
record Refusal(HttpStatus status, String title) {

    /** {@code "409 Rule violated"}: the status code, then the title. */
    static Refusal parse(String text) {
        String[] parts = text.strip().split(" ", 2);
        HttpStatus status = HttpStatus.valueOf(Integer.parseInt(parts[0]));
        return new Refusal(status, parts.length > 1 ? parts[1] : status.getReasonPhrase());
    }
}
