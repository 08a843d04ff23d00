package org.mediation.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediation.platform.axon.AxonProblemHandling;
import org.mediation.platform.security.PlatformSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The chassis' answers, the same in every service: each failure a problem document with the right status. */
@Tag("wiring")
@ActiveProfiles("local")
@WebMvcTest(
        controllers = ProbeApplication.Probe.class,
        properties = {
            "regional-days.rate-limit.per-minute=2",
            "regional-days.expensive.per-caller=2",
            "regional-days.expensive.in-total=3",
            "regional-days.web.refusals[org.mediation.platform.web.ProbeApplication$RuleViolation]=409 Rule violated"
        })
@Import({PlatformSecurity.class, PlatformWeb.class, AxonProblemHandling.class})
@AutoConfigureObservability(tracing = false)
class PlatformProblemsTest {

    @Autowired
    MockMvc http;

    @Value("${regional-days.security.jwt-secret}")
    String secret;

    @Autowired
    Queue<String> observed;

    @Autowired
    ObservationRegistry observations;

    /** Every observation started, by name. */
    @TestConfiguration
    static class Observations {

        @Bean
        Queue<String> observed() {
            return new ConcurrentLinkedQueue<>();
        }

        @Bean
        ObservationHandler<Observation.Context> recorder(Queue<String> observed) {
            return new ObservationHandler<>() {
                @Override
                public void onStart(Observation.Context context) {
                    observed.add(context.getName());
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            };
        }
    }

    @Test
    void a_concurrent_change_is_a_409_to_retry_never_a_500() throws Exception {
        problem(get("/api/concurrent"), 409).andExpect(header().exists("Retry-After"));
    }

    @Test
    void a_context_s_refusal_is_answered_as_it_named_it_subclasses_included() throws Exception {
        problem(get("/api/full"), 409)
                .andExpect(jsonPath("$.title").value("Rule violated"))
                .andExpect(jsonPath("$.detail").value("The regional day is full."));
    }

    @Test
    void an_unknown_aggregate_is_a_404() throws Exception {
        problem(get("/api/unknown"), 404);
    }

    @Test
    void a_store_that_does_not_answer_is_a_503_with_retry_after() throws Exception {
        problem(get("/api/store-away"), 503).andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void a_command_interrupted_while_it_waited_on_the_store_is_a_503_to_retry() throws Exception {
        problem(get("/api/command-interrupted"), 503).andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void a_command_that_timed_out_while_the_store_hung_is_a_503_to_retry() throws Exception {
        problem(get("/api/command-timed-out"), 503).andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void a_refused_rule_of_access_is_a_403() throws Exception {
        problem(get("/api/denied"), 403)
                .andExpect(jsonPath("$.detail").value("This regional day belongs to another region."));
    }

    @Test
    void the_unforeseen_is_a_500_document_without_internals() throws Exception {
        problem(get("/api/broken"), 500).andExpect(jsonPath("$.detail").value("The request could not be answered."));
    }

    @Test
    void no_token_or_a_forged_one_is_a_401() throws Exception {
        http.perform(get("/api/denied"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/denied")
                        .header("Authorization", "Bearer " + token("another-secret-of-32-bytes-or-more!!")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_body_over_one_mebibyte_is_a_413_and_one_under_it_passes() throws Exception {
        problem(post("/api/echo").contentType(MediaType.TEXT_PLAIN).content(new byte[1024 * 1024 + 1]), 413);
        http.perform(post("/api/echo")
                        .header("Authorization", "Bearer " + token(secret))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Liévin"))
                .andExpect(status().isOk());
    }

    @Test
    void an_expensive_call_beyond_the_allowance_is_a_429_per_caller() throws Exception {
        String token = token(secret, "team-ara");
        for (int call = 0; call < 2; call++) {
            http.perform(get("/api/expensive?asOf=2026-01-01T00:00:00Z").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk());
        }
        http.perform(get("/api/expensive?asOf=2026-01-01T00:00:00Z").header("Authorization", "Bearer " + token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/expensive").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        http.perform(get("/api/expensive?asOf=2026-01-01T00:00:00Z")
                        .header("Authorization", "Bearer " + token(secret, "team-occ")))
                .andExpect(status().isOk());
    }

    @Test
    void expensive_reads_beyond_a_few_at_once_are_a_429_per_caller_and_a_503_in_total() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> held = List.of(
                    callers.submit(() -> restitution("team-ara")),
                    callers.submit(() -> restitution("team-ara")),
                    callers.submit(() -> restitution("team-bre")));
            assertTrue(ProbeApplication.ENTERED.tryAcquire(3, 10, TimeUnit.SECONDS));

            http.perform(get("/api/restitution").header("Authorization", "Bearer " + token(secret, "team-ara")))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            http.perform(get("/api/restitution").header("Authorization", "Bearer " + token(secret, "team-cor")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(jsonPath("$.title").value("Service busy"));

            ProbeApplication.GATE.release(3);
            for (Future<Integer> call : held) {
                assertEquals(200, call.get(10, TimeUnit.SECONDS));
            }
            ProbeApplication.GATE.release(1);
            assertEquals(200, restitution("team-ara"));
        } finally {
            ProbeApplication.GATE.release(10);
            callers.shutdownNow();
        }
    }

    private int restitution(String caller) throws Exception {
        return http.perform(get("/api/restitution").header("Authorization", "Bearer " + token(secret, caller)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void security_records_no_observation_of_its_own() throws Exception {
        observed.clear();
        Observation.start("probe", observations).stop();
        http.perform(get("/api/expensive").header("Authorization", "Bearer " + token(secret)))
                .andExpect(status().isOk());

        assertEquals(List.of("probe"), List.copyOf(observed));
    }

    @Test
    void malformed_json_is_a_400_document() throws Exception {
        problem(post("/api/echo").contentType(MediaType.APPLICATION_JSON).content(new byte[0]), 400);
    }

    private ResultActions problem(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
            throws Exception {
        return http.perform(request.header("Authorization", "Bearer " + token(secret)))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));
    }

    private static String token(String key) throws Exception {
        return token(key, "team-hdf");
    }

    private static String token(String key, String subject) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder()
                        .subject(subject)
                        .claim("roles", List.of("REGIONAL_TEAM"))
                        .claim("region", "FR-HDF")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .build());
        jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
