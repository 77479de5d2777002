package app.clientele.portal;

import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** Nothing is written in an impersonated session. */
public class ImpersonationReadOnly extends ProblemException {

	public ImpersonationReadOnly() {
		super(HttpStatus.FORBIDDEN, "impersonation-read-only", "Read-only session",
				"This is a read-only impersonation session; nothing can be changed in it.");
	}
}
