package org.mediation.resource.catalogue.command;

import java.net.URI;
import java.net.URISyntaxException;

/** An absolute http(s) address with a host. */
record WebAddress(String value) {

    private static final int MAX_LENGTH = 2000;

    WebAddress {
        if (value == null || value.length() > MAX_LENGTH || !isWebAddress(value)) {
            throw new IllegalArgumentException("url must be an absolute http or https address, not '" + value + "'");
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
