package org.mediation.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mediation.local.Tokens;

/**
 * Just enough of an OpenID Connect provider to run the dashboard's authorization code flow with PKCE: discovery, an
 * authorization endpoint that signs in {@value #USER} at once and redirects back with a code, and a token endpoint that
 * hands out an access token only for the right code, client, redirect URI and S256 verifier. Not a real provider's
 * interoperability, but the page's side of the flow.
 */
final class FakeOpenIdProvider {

    static final String CLIENT_ID = "dashboard";
    static final String USER = "national-oidc";

    private record Grant(String clientId, String redirectUri, String challenge) {}

    private final HttpServer server;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private FakeOpenIdProvider(HttpServer server) {
        this.server = server;
    }

    static FakeOpenIdProvider start() throws IOException {
        FakeOpenIdProvider provider =
                new FakeOpenIdProvider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        provider.server.createContext("/.well-known/openid-configuration", provider::discovery);
        provider.server.createContext("/authorize", provider::authorize);
        provider.server.createContext("/token", provider::token);
        provider.server.start();
        return provider;
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        answer(
                exchange,
                200,
                "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\","
                        + "\"token_endpoint\":\"" + issuer() + "/token\"}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !"S256".equals(query.get("code_challenge_method"))) {
            answer(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(query.get("client_id"), query.get("redirect_uri"), query.get("code_challenge")));
        exchange.getResponseHeaders()
                .add("Location", query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(form.getOrDefault("code", ""));
        if (grant == null
                || !"authorization_code".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id"))
                || !grant.clientId().equals(form.get("client_id"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String token = Tokens.mint(USER, List.of("NATIONAL_OFFICE"), null, Duration.ofMinutes(10));
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                String[] parts = pair.split("=", 2);
                fields.put(
                        URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return fields;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
