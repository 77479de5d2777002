package app.clientele.mail;

import app.clientele.platform.NotFound;

public class TemplateNotFound extends NotFound {

	public TemplateNotFound(String key) {
		super("Email template", key);
	}
}
