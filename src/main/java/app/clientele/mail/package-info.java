/** Temporary stand-in for the mail module's public API while it is built on its own branch. */
@NullMarked
package app.clientele.mail;

import org.jspecify.annotations.NullMarked;
