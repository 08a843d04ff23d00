package org.mediation.workshop.workshop.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.workshop.workshop.api.AmendContribution;
import org.mediation.workshop.workshop.api.PublishReport;
import org.mediation.workshop.workshop.api.RecordContribution;
import org.mediation.workshop.workshop.api.ReopenReport;
import org.mediation.workshop.workshop.api.SubmitReport;
import org.mediation.workshop.workshop.api.WithdrawContribution;
import org.mediation.workshop.workshop.query.ContributionView;
import org.mediation.workshop.workshop.query.WorkshopView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rapporteur's workflow: contributions and submission (the assigned rapporteur or the regional team), then
 * publication or reopening (the regional team).
 */
@RestController
@RequestMapping("/api/workshops/{workshopId}")
class ReportController {

    private final CommandGateway commands;
    private final WorkshopAccess access;

    ReportController(CommandGateway commands, WorkshopAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/contributions")
    ResponseEntity<ContributionView> record(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody ContributionRequest request) {
        access.toRecord(jwt, workshopId);
        String contributionId = UUID.randomUUID().toString();
        commands.sendAndWait(
                new RecordContribution(workshopId, contributionId, request.kind(), request.text(), request.tags()));
        return ResponseEntity.created(URI.create("/api/workshops/" + workshopId + "/contributions/" + contributionId))
                .body(contribution(workshopId, contributionId));
    }

    @PutMapping("/contributions/{contributionId}")
    ContributionView amend(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @PathVariable String contributionId,
            @Valid @RequestBody ContributionRequest request) {
        access.toRecord(jwt, workshopId);
        commands.sendAndWait(
                new AmendContribution(workshopId, contributionId, request.kind(), request.text(), request.tags()));
        return contribution(workshopId, contributionId);
    }

    @DeleteMapping("/contributions/{contributionId}")
    ResponseEntity<Void> withdraw(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String workshopId, @PathVariable String contributionId) {
        access.toRecord(jwt, workshopId);
        commands.sendAndWait(new WithdrawContribution(workshopId, contributionId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/report/submit")
    WorkshopView submit(@AuthenticationPrincipal Jwt jwt, @PathVariable String workshopId) {
        access.toRecord(jwt, workshopId);
        commands.sendAndWait(new SubmitReport(workshopId));
        return access.find(workshopId);
    }

    @PostMapping("/report/publish")
    WorkshopView publish(@AuthenticationPrincipal Jwt jwt, @PathVariable String workshopId) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new PublishReport(workshopId));
        return access.find(workshopId);
    }

    @PostMapping("/report/reopen")
    WorkshopView reopen(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody ReopenRequest request) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new ReopenReport(workshopId, request.reason()));
        return access.find(workshopId);
    }

    private ContributionView contribution(String workshopId, String contributionId) {
        return access.find(workshopId).contributions().stream()
                .filter(contribution -> contribution.id().equals(contributionId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Contribution " + contributionId + " not in the view"));
    }
}
