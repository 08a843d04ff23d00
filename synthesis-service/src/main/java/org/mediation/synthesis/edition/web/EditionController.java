package org.mediation.synthesis.edition.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.web.Expensive;
import org.mediation.platform.web.RateLimited;
import org.mediation.synthesis.access.Access;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.mediation.synthesis.document.DocumentForm;
import org.mediation.synthesis.edition.api.Basis;
import org.mediation.synthesis.edition.api.CreateEdition;
import org.mediation.synthesis.edition.api.OrderStatements;
import org.mediation.synthesis.edition.api.PublishVersion;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.RebaseDraft;
import org.mediation.synthesis.edition.api.RemoveStatement;
import org.mediation.synthesis.edition.api.WriteIntroduction;
import org.mediation.synthesis.edition.api.WriteStatement;
import org.mediation.synthesis.edition.command.EditionDraft;
import org.mediation.synthesis.edition.query.Editions;
import org.mediation.synthesis.national.AsOf;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.restitution.Restitution;
import org.mediation.synthesis.restitution.RestitutionSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national restitution's editions: the national office creates one for a period, from the machine restitution as
 * it stands then (its basis), writes introductions and statements from the basis' contributions, orders them and
 * publishes numbered versions. Published versions are read by the national office, operators and every regional team,
 * as JSON, markdown, an HTML page or a PDF; a regional team also reads which of its region's contributions each
 * statement came from.
 */
@RestController
@RequestMapping("/api/national/editions")
class EditionController {

    private final CommandGateway commands;
    private final Editions editions;
    private final RestitutionSource restitutions;
    private final ThemeCatalogue themes;
    private final RegionalProjections projections;
    private final Clock clock;

    EditionController(
            CommandGateway commands,
            Editions editions,
            RestitutionSource restitutions,
            ThemeCatalogue themes,
            RegionalProjections projections,
            Clock clock) {
        this.commands = commands;
        this.editions = editions;
        this.restitutions = restitutions;
        this.themes = themes;
        this.projections = projections;
        this.clock = clock;
    }

    @Expensive
    @PostMapping
    ResponseEntity<EditionAnswer> create(
            @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NewEditionRequest request) {
        Access.of(jwt).requireNationalOffice();
        String editionId = UUID.randomUUID().toString();
        Restitution now = restitutions.of(request.from(), request.to(), Optional.empty());
        commands.sendAndWait(new CreateEdition(
                editionId, request.title(), request.from(), request.to(), new Basis(now.asOf(), now.position())));
        return ResponseEntity.created(URI.create("/api/national/editions/" + editionId))
                .body(answer(draft(editionId)));
    }

    /** The national office and operators see every edition; a regional team those with a published version. */
    @GetMapping
    List<EditionDraft> editions(@AuthenticationPrincipal Jwt jwt) {
        Access access = Access.of(jwt);
        access.requireEditionReader();
        return editions.drafts().values().stream()
                .filter(draft -> access.national() || draft.lastVersion() > 0)
                .toList();
    }

    @GetMapping("/{editionId}")
    EditionAnswer edition(@AuthenticationPrincipal Jwt jwt, @PathVariable String editionId) {
        Access.of(jwt).requireNational();
        return answer(draft(editionId));
    }

    /** The machine restitution the draft reads: the contributions statements are made from. */
    @Expensive
    @GetMapping("/{editionId}/sources")
    Restitution sources(@AuthenticationPrincipal Jwt jwt, @PathVariable String editionId) {
        Access.of(jwt).requireNational();
        return basisOf(draft(editionId));
    }

    @PutMapping("/{editionId}/themes/{themeCode}/introduction")
    EditionAnswer introduce(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @PathVariable String themeCode,
            @Valid @RequestBody IntroductionRequest request) {
        Access.of(jwt).requireNationalOffice();
        draft(editionId);
        commands.sendAndWait(new WriteIntroduction(
                editionId, catalogued(themeCode), request.text().strip()));
        return answer(draft(editionId));
    }

    @PutMapping("/{editionId}/themes/{themeCode}/order")
    EditionAnswer order(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @PathVariable String themeCode,
            @Valid @RequestBody OrderRequest request) {
        Access.of(jwt).requireNationalOffice();
        draft(editionId);
        commands.sendAndWait(new OrderStatements(editionId, themeCode, request.statements()));
        return answer(draft(editionId));
    }

    @Expensive
    @PostMapping("/{editionId}/statements")
    ResponseEntity<EditionAnswer> addStatement(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @Valid @RequestBody StatementRequest request) {
        String statementId = UUID.randomUUID().toString();
        EditionAnswer answer = writeStatement(jwt, editionId, statementId, request);
        return ResponseEntity.created(URI.create("/api/national/editions/" + editionId + "/statements/" + statementId))
                .header("Statement-Id", statementId)
                .body(answer);
    }

    @Expensive
    @PutMapping("/{editionId}/statements/{statementId}")
    EditionAnswer rewriteStatement(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @PathVariable String statementId,
            @Valid @RequestBody StatementRequest request) {
        Access.of(jwt).requireNationalOffice();
        if (!draft(editionId).holds(statementId)) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "The edition has no statement " + statementId + ".");
        }
        return writeStatement(jwt, editionId, statementId, request);
    }

    @DeleteMapping("/{editionId}/statements/{statementId}")
    EditionAnswer removeStatement(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String editionId, @PathVariable String statementId) {
        Access.of(jwt).requireNationalOffice();
        draft(editionId);
        commands.sendAndWait(new RemoveStatement(editionId, statementId));
        return answer(draft(editionId));
    }

    /** The draft reads the history as it stands now: new contributions can be chosen, amended ones are flagged. */
    @Expensive
    @PostMapping("/{editionId}/rebase")
    EditionAnswer rebase(@AuthenticationPrincipal Jwt jwt, @PathVariable String editionId) {
        Access.of(jwt).requireNationalOffice();
        Restitution now = current(draft(editionId));
        commands.sendAndWait(new RebaseDraft(editionId, new Basis(now.asOf(), now.position())));
        return answer(draft(editionId));
    }

    /** The draft laid out as its next version would be (number 0), in the form {@code Accept} asks for. */
    @RateLimited
    @Expensive
    @GetMapping("/{editionId}/preview")
    ResponseEntity<Object> preview(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Access.of(jwt).requireNational();
        PublishedVersion preview =
                draft(editionId).version(0, now(), themes.current().frenchLabels());
        return document(preview, accept);
    }

    @PostMapping("/{editionId}/versions")
    ResponseEntity<PublishedVersion> publish(@AuthenticationPrincipal Jwt jwt, @PathVariable String editionId) {
        Access.of(jwt).requireNationalOffice();
        draft(editionId);
        int number = commands.sendAndWait(
                new PublishVersion(editionId, now(), themes.current().frenchLabels()));
        return ResponseEntity.created(URI.create("/api/national/editions/" + editionId + "/versions/" + number))
                .body(version(editionId, number));
    }

    /** The published versions, or those published at or before {@code asOf}. */
    @GetMapping("/{editionId}/versions")
    List<PublishedVersion> versions(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String editionId, @RequestParam Optional<String> asOf) {
        Access.of(jwt).requireEditionReader();
        draft(editionId);
        Optional<Instant> at = asOf.map(AsOf::parse);
        return editions.versionsOf(editionId).stream()
                .filter(version -> at.isEmpty() || !version.publishedAt().isAfter(at.get()))
                .toList();
    }

    @RateLimited
    @Expensive
    @GetMapping("/{editionId}/versions/{number}")
    ResponseEntity<Object> version(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @PathVariable int number,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Access.of(jwt).requireEditionReader();
        return document(version(editionId, number), accept);
    }

    @GetMapping("/{editionId}/versions/{number}/regions/{region}")
    RegionLineage lineage(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String editionId,
            @PathVariable int number,
            @PathVariable String region) {
        Access.of(jwt).requireReaderOf(region);
        return RegionLineage.of(version(editionId, number), region);
    }

    private EditionAnswer writeStatement(Jwt jwt, String editionId, String statementId, StatementRequest request) {
        Access.of(jwt).requireNationalOffice();
        EditionDraft draft = draft(editionId);
        request.themes().forEach(this::catalogued);
        commands.sendAndWait(new WriteStatement(
                editionId,
                statementId,
                request.text().strip(),
                request.themes().stream().distinct().toList(),
                new StatementSources(basisOf(draft)).of(request.sources())));
        return answer(draft(editionId));
    }

    private EditionAnswer answer(EditionDraft draft) {
        return new EditionAnswer(draft, SourceFlags.of(draft.statements(), projections));
    }

    private Restitution basisOf(EditionDraft draft) {
        return restitutions.of(
                draft.from(), draft.to(), Optional.of(draft.basis().asOf()));
    }

    private Restitution current(EditionDraft draft) {
        return restitutions.of(draft.from(), draft.to(), Optional.empty());
    }

    private String catalogued(String themeCode) {
        if (!themes.current().codes().contains(themeCode)) {
            throw new IllegalArgumentException("Theme " + themeCode + " is not in the theme catalogue.");
        }
        return themeCode;
    }

    private EditionDraft draft(String editionId) {
        return editions.draft(editionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No edition " + editionId + "."));
    }

    private PublishedVersion version(String editionId, int number) {
        return editions.version(editionId, number)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Edition " + editionId + " has no version " + number + "."));
    }

    private static ResponseEntity<Object> document(PublishedVersion version, String accept) {
        return DocumentForm.of(accept)
                .answer(
                        version,
                        VersionMarkdown.title(version),
                        () -> VersionMarkdown.of(version),
                        "restitution-" + version.from() + "-" + version.to() + "-v" + version.number() + ".pdf");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
