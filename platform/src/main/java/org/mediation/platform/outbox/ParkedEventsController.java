package org.mediation.platform.outbox;

import java.util.List;
import org.bson.Document;
import org.mediation.platform.security.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators list the events the outbox parked, newest first, with their reason. */
@RestController
class ParkedEventsController {

    private static final int PAGE = 500;

    private final ParkedEvents parked;

    ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping("/api/operations/parked-events")
    List<Document> parked(@AuthenticationPrincipal Jwt jwt) {
        Refusals.unlessOperator(jwt, "Parked events are for operators.");
        return parked.newestFirst(PAGE);
    }
}
