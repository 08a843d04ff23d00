package org.mediation.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A client of the services' public HTTP APIs, as an outside user calls them: the system tests' and the benchmarks'. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public record Reply(int status, JsonNode body) {}

    public Reply post(URI uri, String token, Object body) {
        return postJson(uri, token, json(body));
    }

    /** A POST of JSON as it is written. */
    public Reply postJson(URI uri, String token, String json) {
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    public Reply put(URI uri, String token, Object body) {
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json(body))),
                token);
    }

    public Reply delete(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).DELETE(), token);
    }

    public Reply get(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).GET(), token);
    }

    /** The answer's body as text (metrics, CSV). */
    public String text(URI uri, String token) {
        return call(HttpRequest.newBuilder(uri).GET(), token).body();
    }

    /** Any method, with a bearer token or none ({@code token} null), and a JSON body or none; the body is not read. */
    public int status(String method, URI uri, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request, String token) {
        HttpResponse<String> response = call(request, token);
        try {
            String body = response.body();
            return new Reply(response.statusCode(), body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> call(HttpRequest.Builder request, String token) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
