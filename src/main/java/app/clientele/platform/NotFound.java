package app.clientele.platform;

import org.springframework.http.HttpStatus;

/**
 * A resource that does not exist, or that the caller may not know exists: both answer 404,
 * so that an id of another customer's record confirms nothing.
 */
public class NotFound extends ProblemException {

	public NotFound(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " was not found");
	}
}
