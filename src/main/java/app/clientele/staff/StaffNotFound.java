package app.clientele.staff;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class StaffNotFound extends NotFound {

	public StaffNotFound(UUID id) {
		super("Staff user", id);
	}
}
