package app.clientele;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives a real browser: it runs where {@link BrowserDiscovery} finds Chrome or
 * Chromium with its chromedriver, is skipped with one loud line elsewhere, and fails when
 * {@code -Dbrowser.required=true} (CI) and none is found. Put it before {@link IntegrationTest}, so
 * a skipped class never starts the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserRequirement.class)
public @interface BrowserTest {
}
