package org.mediation.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Calls this service's HTTP API as an outside client does. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    public Reply get(String path, String token) {
        return get(path, token, "application/json");
    }

    public Reply get(String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept);
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    public Reply post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String token, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .DELETE());
    }

    /** A PDF's text, words separated by single spaces. */
    public String pdfText(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/pdf")
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            HttpResponse<byte[]> pdf = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (pdf.statusCode() != 200) {
                throw new IllegalStateException("No PDF at " + path + ": " + pdf.statusCode());
            }
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                return stripper.getText(document).replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
