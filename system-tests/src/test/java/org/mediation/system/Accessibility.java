package org.mediation.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (the WebJar, test scope) run in the page the browser shows: the WCAG 2.1 A and AA rules it can check
 * automatically (labels, names of buttons, contrast, language, landmarks, ARIA). Keyboard use and announced errors are
 * asserted by the tests themselves.
 */
final class Accessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String SOURCE = read();

    private Accessibility() {}

    /** Each violation as « rule: what it says (how many elements) »; empty when the page passes. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser) {
        browser.driver.executeScript(SOURCE);
        return (List<String>) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }

    private static String read() {
        try (InputStream axe = Accessibility.class.getResourceAsStream(AXE)) {
            if (axe == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
