package org.mediation.workshop.theme.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.mediation.workshop.access.Access;
import org.mediation.workshop.theme.api.AddTheme;
import org.mediation.workshop.theme.api.RelabelTheme;
import org.mediation.workshop.theme.api.RetireTheme;
import org.mediation.workshop.theme.query.Themes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national theme catalogue: read by any authenticated caller, in catalogue order, retired themes included and
 * marked; extended, relabelled and retired by the national office.
 */
@RestController
@RequestMapping("/api/themes")
class ThemeController {

    private final CommandGateway commands;
    private final Themes themes;

    ThemeController(CommandGateway commands, Themes themes) {
        this.commands = commands;
        this.themes = themes;
    }

    @GetMapping
    List<ThemeResponse> themes() {
        return themes.all().stream().map(ThemeResponse::of).toList();
    }

    /** A code the catalogue holds already, retired or not, is a 409: codes are for ever. */
    @PostMapping
    ResponseEntity<ThemeResponse> add(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NewThemeRequest request) {
        Access.of(jwt).requireNationalOffice();
        if (themes.knows(request.code())) {
            throw new ThemeTaken(request.code());
        }
        try {
            commands.sendAndWait(new AddTheme(request.code(), request.labelFr(), request.labelEn()));
        } catch (AggregateStreamCreationException sameMoment) {
            throw new ThemeTaken(request.code());
        }
        return ResponseEntity.created(URI.create("/api/themes/" + request.code()))
                .body(existing(request.code()));
    }

    @PutMapping("/{code}")
    ThemeResponse relabel(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String code,
            @Valid @RequestBody ThemeLabelsRequest request) {
        Access.of(jwt).requireNationalOffice();
        existing(code);
        commands.sendAndWait(new RelabelTheme(code, request.labelFr(), request.labelEn()));
        return existing(code);
    }

    /** No new workshop on it; the workshops planned keep it and every figure keeps its history. */
    @PostMapping("/{code}/retire")
    ThemeResponse retire(@AuthenticationPrincipal Jwt jwt, @PathVariable String code) {
        Access.of(jwt).requireNationalOffice();
        existing(code);
        commands.sendAndWait(new RetireTheme(code));
        return existing(code);
    }

    private ThemeResponse existing(String code) {
        return themes.find(code).map(ThemeResponse::of).orElseThrow(() -> new UnknownTheme(code));
    }
}
