package org.mediation.synthesis.replay;

import jakarta.validation.Valid;
import java.util.Map;
import org.mediation.platform.web.RateLimited;
import org.mediation.synthesis.access.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Operators start replays and follow their progress. */
@RestController
@RequestMapping("/api/operations/replays")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    @RateLimited
    @PostMapping
    ResponseEntity<Map<String, String>> start(
            @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ReplayRequest request) {
        Access operator = Access.of(jwt);
        operator.requireOperator();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", replays.start(request, operator.userId())));
    }

    @GetMapping("/{id}")
    ReplayStatus status(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Access.of(jwt).requireOperator();
        return replays.status(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No replay " + id + "."));
    }
}
