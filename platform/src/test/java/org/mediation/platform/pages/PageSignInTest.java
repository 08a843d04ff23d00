package org.mediation.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pages offer the provider's sign-in only when both its issuer and their client are set. */
class PageSignInTest {

    @Test
    void an_issuer_and_a_client_id_make_the_provider_sign_in() {
        SignInSettings provider = new PageSignIn(
                        new SignInSettings("https://id.example.org/realms/mediation", "dashboard", " "), "")
                .provider()
                .orElseThrow();

        assertThat(provider.clientId()).isEqualTo("dashboard");
        assertThat(provider.scope()).isEqualTo("openid");
    }

    @Test
    void without_a_client_id_only_the_fragment_sign_in_remains() {
        assertThat(new PageSignIn(new SignInSettings("https://id.example.org/realms/mediation", "", null), "")
                        .provider())
                .isEmpty();
    }

    @Test
    void a_blank_pages_issuer_falls_back_to_the_one_the_services_trust() {
        assertThat(new PageSignIn(
                                new SignInSettings(" ", "regional-days-dashboard", null),
                                "https://id.example.org/realms/regional-days")
                        .provider()
                        .orElseThrow()
                        .issuer())
                .isEqualTo("https://id.example.org/realms/regional-days");
    }

    @Test
    void an_issuer_of_the_pages_own_wins() {
        assertThat(new PageSignIn(
                                new SignInSettings("https://other.example.org/realms/x", "dashboard", null),
                                "https://id.example.org/realms/regional-days")
                        .provider()
                        .orElseThrow()
                        .issuer())
                .isEqualTo("https://other.example.org/realms/x");
    }
}
