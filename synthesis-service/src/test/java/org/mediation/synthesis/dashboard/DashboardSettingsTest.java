package org.mediation.synthesis.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page offers the provider's sign-in only when both its issuer and the dashboard's client are set. */
class DashboardSettingsTest {

    @Test
    void an_issuer_and_a_client_id_make_the_provider_sign_in() {
        DashboardController.Answer answer = new DashboardController(
                        new DashboardSettings("https://id.example.org/realms/mediation", "dashboard", " "))
                .settings();

        assertThat(answer.signIn()).isNotNull();
        assertThat(answer.signIn().clientId()).isEqualTo("dashboard");
        assertThat(answer.signIn().scope()).isEqualTo("openid");
        assertThat(answer.labels().get("regions")).containsEntry("FR-HDF", "Hauts-de-France");
    }

    @Test
    void without_a_client_id_only_the_fragment_sign_in_remains() {
        assertThat(new DashboardController(new DashboardSettings("https://id.example.org/realms/mediation", "", null))
                        .settings()
                        .signIn())
                .isNull();
    }
}
