package app.clientele.documents;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class DocumentNotFound extends NotFound {

	public DocumentNotFound(UUID id) {
		super("Document", id);
	}
}
