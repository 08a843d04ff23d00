package org.mediation.platform.pages;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /regional-days/sign-in.json}, open like the pages: the provider and the public client the pages sign in
 * through ({@code signIn}, null when only the URL-fragment sign-in is set up; never a secret). The pages' own script,
 * {@code /regional-days/js/session.js}, reads it.
 */
@RestController
class PageSignInController {

    record Answer(SignInSettings signIn) {}

    private final PageSignIn signIn;

    PageSignInController(PageSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/regional-days/sign-in.json")
    Answer signIn() {
        return new Answer(signIn.provider().orElse(null));
    }
}
