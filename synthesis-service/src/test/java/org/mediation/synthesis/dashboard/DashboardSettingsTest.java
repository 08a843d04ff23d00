package org.mediation.synthesis.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page offers the provider's sign-in only when both its issuer and the dashboard's client are set. */
class DashboardSettingsTest {

    @Test
    void an_issuer_and_a_client_id_make_the_provider_sign_in() {
        DashboardController.Answer answer = new DashboardController(
                        new DashboardSettings("https://id.example.org/realms/mediation", "dashboard", " "), "")
                .settings();

        assertThat(answer.signIn()).isNotNull();
        assertThat(answer.signIn().clientId()).isEqualTo("dashboard");
        assertThat(answer.signIn().scope()).isEqualTo("openid");
        assertThat(answer.labels().get("regions")).containsEntry("FR-HDF", "Hauts-de-France");
    }

    @Test
    void without_a_client_id_only_the_fragment_sign_in_remains() {
        assertThat(new DashboardController(
                                new DashboardSettings("https://id.example.org/realms/mediation", "", null), "")
                        .settings()
                        .signIn())
                .isNull();
    }

    @Test
    void a_blank_dashboard_issuer_falls_back_to_the_one_the_services_trust() {
        DashboardController.Answer answer = new DashboardController(
                        new DashboardSettings(" ", "regional-days-dashboard", null),
                        "https://id.example.org/realms/regional-days")
                .settings();

        assertThat(answer.signIn().issuer()).isEqualTo("https://id.example.org/realms/regional-days");
    }

    @Test
    void a_dashboard_issuer_of_its_own_wins() {
        assertThat(new DashboardController(
                                new DashboardSettings("https://other.example.org/realms/x", "dashboard", null),
                                "https://id.example.org/realms/regional-days")
                        .settings()
                        .signIn()
                        .issuer())
                .isEqualTo("https://other.example.org/realms/x");
    }
}
