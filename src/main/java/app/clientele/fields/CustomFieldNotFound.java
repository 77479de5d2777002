package app.clientele.fields;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class CustomFieldNotFound extends NotFound {

	public CustomFieldNotFound(UUID id) {
		super("Custom field", id);
	}
}
