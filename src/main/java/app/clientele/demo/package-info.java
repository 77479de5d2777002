/**
 * Demo data for a first look ({@code CLIENTELE_DEMO=true}): a small company filled into an empty
 * database through the other modules' public APIs. Nothing depends on this module.
 * <p>
 * Tables: none: it writes only through the other modules' APIs (checked by {@code
 * TableOwnershipTests}; no other module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package app.clientele.demo;

import org.jspecify.annotations.NullMarked;
