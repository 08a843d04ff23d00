package org.mediation.platform.deadletter;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.mediation.platform.audit.AuditLog;
import org.mediation.platform.security.Refusals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators list the service's dead letters (the newest {@value DeadLetters#NEWEST} of each dead-letter topic) and
 * re-drive one, or all those listed and not re-driven yet (again for older ones), with a reason that the audit log
 * keeps; re-driving again what was re-driven changes nothing.
 */
@RestController
@RequestMapping("/api/operations/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;
    private final ObjectProvider<AuditLog> auditLog;

    DeadLetterController(DeadLetters deadLetters, ObjectProvider<AuditLog> auditLog) {
        this.deadLetters = deadLetters;
        this.auditLog = auditLog;
    }

    @GetMapping
    List<DeadLetter> all(@AuthenticationPrincipal Jwt jwt) {
        Refusals.unlessOperator(jwt, "Dead letters are for operators.");
        return deadLetters.all();
    }

    @PostMapping("/{topic}/{partition}/{offset}/redrive")
    ResponseEntity<DeadLetter> redrive(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String topic,
            @PathVariable int partition,
            @PathVariable long offset,
            @Valid @RequestBody RedriveRequest request) {
        Refusals.unlessOperator(jwt, "Dead letters are for operators.");
        return ResponseEntity.of(deadLetters.redrive(topic, partition, offset).map(redriven -> {
            audit(jwt, request, List.of(redriven.id()));
            return redriven;
        }));
    }

    @PostMapping("/redrive")
    List<DeadLetter> redriveAll(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody RedriveRequest request) {
        Refusals.unlessOperator(jwt, "Dead letters are for operators.");
        List<DeadLetter> redriven = deadLetters.all().stream()
                .filter(deadLetter -> deadLetter.redrivenAt() == null)
                .flatMap(deadLetter ->
                        deadLetters.redrive(deadLetter.topic(), deadLetter.partition(), deadLetter.offset()).stream())
                .toList();
        audit(jwt, request, redriven.stream().map(DeadLetter::id).toList());
        return redriven;
    }

    private void audit(Jwt jwt, RedriveRequest request, List<String> ids) {
        auditLog.ifAvailable(log -> log.append(
                "dead-letters.redrive", jwt.getSubject(), Map.of("reason", request.reason(), "deadLetters", ids)));
    }
}
