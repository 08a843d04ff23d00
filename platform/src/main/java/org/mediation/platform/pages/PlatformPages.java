package org.mediation.platform.pages;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The plumbing every service's browser pages share, written once: their folders served at {@code /<folder>/}
 * ({@link PageFolders}), the sign-in settings ({@code /regional-days/sign-in.json}), and the scripts and style under
 * {@code /regional-days/} (sign-in through the provider with keycloak-js, or with a link's token; calls with the
 * bearer token; the page's frame) served from this jar's {@code META-INF/resources}.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@EnableConfigurationProperties(SignInSettings.class)
@Import({PageSignIn.class, PageSignInController.class, PageFolders.class})
public class PlatformPages {}
