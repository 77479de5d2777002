/**
 * Marketing: lists of contacts, the audience of a list (who may get marketing email, and why the
 * others may not), campaigns sent through the outbox at a steady rate, and one-click unsubscribe.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Marketing")
package app.clientele.marketing;

import org.jspecify.annotations.NullMarked;
