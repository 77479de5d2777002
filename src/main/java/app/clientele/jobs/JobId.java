package app.clientele.jobs;

import java.util.UUID;

/** The id of a background job. */
public record JobId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
