package app.clientele.platform;

import org.springframework.http.HttpStatus;

/** An {@code If-Match} that names a version other than the current one: 412. */
public class StaleVersion extends ProblemException {

	public StaleVersion(String what, long currentVersion) {
		super(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version",
				what + " was changed since you read it; it is now at version " + currentVersion
						+ ". Read it again and retry.");
		property("currentVersion", currentVersion);
	}
}
