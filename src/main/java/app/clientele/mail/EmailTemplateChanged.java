package app.clientele.mail;

import app.clientele.platform.Actor;

/** An ADMIN saved a template: as it was (perhaps the built-in default) and as it is now. */
public record EmailTemplateChanged(EmailTemplate before, EmailTemplate after, Actor actor) {
}
