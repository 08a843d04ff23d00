package org.mediation.platform.web;

/** A request body beyond the configured limit ({@code regional-days.web.max-body-size}). */
public class BodyTooLarge extends RuntimeException {

    BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
