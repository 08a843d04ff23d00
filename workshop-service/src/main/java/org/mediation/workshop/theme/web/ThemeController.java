package org.mediation.workshop.theme.web;

import java.util.Arrays;
import java.util.List;
import org.mediation.workshop.theme.api.Theme;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The national theme catalogue, read-only: any authenticated caller may read it. */
@RestController
class ThemeController {

    @GetMapping("/api/themes")
    List<ThemeResponse> themes() {
        return Arrays.stream(Theme.values()).map(ThemeResponse::of).toList();
    }
}
